import type { RuleInput } from '../../../profile/schema';

/** 001-3a-SP-PROPOSAL: a mailed-in proposal gets a prompt phone callback with thanks. */
export const rule: RuleInput = {
  id: '001-3a-SP-PROPOSAL',
  kind: 'field-deadline',
  title: { zh: '收到客户邮寄的提案及时电话回访并致谢', en: 'A mailed-in proposal: a prompt phone callback with thanks' },
  short: { zh: '提案致谢', en: 'proposal thanks' },
  modality: 'U',
  citation: { section: '三(一)《客户电话回访方案》三、特殊电话回访', lines: 'L224', quote: '受到客户邮寄的提案时,要及时进行电话回访,告知客户已收到提案,并表示感谢' },
  reading: {
    zh: '（原文"受到"为"收到"之误。）回访类型含"提案"的行，从收到日期到回访时间须在期限内。原文只说"及时"，期限留空，本条报"未配置"，公司可设定天数。',
    en: '(受到 in the text is a typo for 收到.) On rows whose callback type contains 提案, the callback must follow the date received within a deadline. The text says only "promptly", so the deadline is blank and the rule reports not configured; a company may set a number of days.',
  },
  records: { callbackTypes: ['提案'] },
  params: { from: 'inquiryAt', to: 'contactAt', unit: 'days', within: null },
};
