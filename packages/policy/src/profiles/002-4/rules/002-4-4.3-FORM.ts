import type { RuleInput } from '../../../profile/schema';

/** 002-4-4.3-FORM: callback details filled in clearly according to the form, for a named customer. */
export const rule: RuleInput = {
  id: '002-4-4.3-FORM',
  kind: 'required-fields',
  title: { zh: '按表格内容填写清楚回访细节', en: 'Callback details filled in clearly according to the form' },
  short: { zh: '表格填写', en: 'form filled' },
  modality: 'M',
  citation: { clause: '四、3', lines: 'L69', quote: '按照表格内容填写清楚回访的细节' },
  reading: {
    zh: '每条记录须写明具体客户（二、2“必须有具体的客户名单”）、回访方式和回访内容（不得为空；至少 5 个字是 ledgerlint 的建议值，制度未规定字数，不足只报警告）；电话回访还须写结果（接通与否）。QQ、微信发送文件资料的行不是回访，没有“结果”可填，不要求结果。表格的其他栏目由各公司自定，可在自定义配置中增加。',
    en: 'Every row names the customer (二、2: "a concrete customer list is required"), the channel and the content (never blank; at least 5 characters is ledgerlint\'s suggested value, not the regulation\'s, so shorter content is only a warning); a phone callback also records its outcome (reached or not). Rows of files sent by QQ or WeChat are no callbacks and have no outcome to record, so none is required there. Other columns of a company\'s form can be added in a custom profile.',
  },
  ours: { 'fields.2.minLength': { zh: '制度未规定字数', en: 'the regulation sets no length' } },
  params: { scope: 'contact', fields: [{ field: 'customerName' }, { field: 'channel' }, { field: 'content', minLength: 5 }, { field: 'outcome', only: { channels: ['phone'] } }] },
};
