import type { RuleInput } from '../../../profile/schema';

/** 000-3-3.1-VOLUNTARY: SMS or e-mail callbacks only for clients who decline calls. */
export const rule: RuleInput = {
  id: '000-3-3.1-VOLUNTARY',
  kind: 'required-fields',
  title: { zh: '短信、邮件回访须以客户不愿接电话为前提', en: 'SMS or e-mail callbacks only for clients who decline calls' },
  short: { zh: '短信回访无依据', en: 'text callback unexplained' },
  modality: 'S',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第三条 1；第六条 2', lines: 'L49, L68', quote: '客户明确表示不想接电话时回访专员也可以通过发送短信或电子邮件等方式对客户进行回访' },
  reading: {
    zh: '电话是默认方式；只有客户明确表示不想接电话（或不愿接受拜访）时才可改用短信、电邮。短信、邮件回访的记录须注明客户不接受电话回访的情况，否则报警告（“可以”是许可，不是强制，故为警告）。',
    en: 'Phone is the default; SMS or e-mail only when the client has said they do not want calls (or visits). An SMS or e-mail callback must note the client\'s refusal of calls; otherwise a warning (可以 permits, it does not oblige).',
  },
  records: { channels: ['sms', 'email'] },
  params: { scope: 'contact', fields: [{ field: 'refusesPhone' }] },
};
