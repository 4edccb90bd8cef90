import type { RuleInput } from '../../../profile/schema';

/** 003-2-2.3-ONE-STOP: the customer must not have to call twice about the same matter. */
export const rule: RuleInput = {
  id: '003-2-2.3-ONE-STOP',
  kind: 'first-responder',
  title: { zh: '能一次办结的必须一次办结，不让客户打第二次电话', en: 'Done in one contact; the customer need not call twice' },
  short: { zh: '一次办结', en: 'one-stop' },
  modality: 'M',
  citation: { clause: '二、首问制和专人负责制 第3、7条', lines: 'L36, L44', quote: '能够一次办结的事项,必须一次办结 … 不应让客户打第二次电话' },
  reading: {
    zh: '"能够一次办结"无法机器判断；按目录推荐，用可见的代理信号：同一客户就同一事项编号在事项办结之前再次来询，记一次。只是代理信号，所以按警告报告。没有「事项编号」列时无法判断。',
    en: '"Can be done in one go" is not machine-decidable; following the catalog, the visible proxy is used: the same customer calling again about the same matter number before it was closed. Only a proxy, so findings are warnings. Without a matter-number column: indeterminate.',
  },
  severity: 'warning',
  params: { check: 'repeat' },
};
