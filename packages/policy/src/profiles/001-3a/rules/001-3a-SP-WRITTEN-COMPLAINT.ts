import type { RuleInput } from '../../../profile/schema';

/** 001-3a-SP-WRITTEN-COMPLAINT: a written complaint with contact details gets a prompt phone callback. */
export const rule: RuleInput = {
  id: '001-3a-SP-WRITTEN-COMPLAINT',
  kind: 'field-deadline',
  title: { zh: '收到书面投诉及时电话回访，确认投诉问题', en: 'A written complaint: a prompt phone callback to confirm the issue' },
  short: { zh: '书面投诉', en: 'written complaint' },
  modality: 'U',
  citation: { section: '三(一)《客户电话回访方案》三、特殊电话回访', lines: 'L223', quote: '收到客户的信函、电子邮件等书面投诉时,有客户联系方式的,要及时进行电话回访,对投诉问题进行确认' },
  reading: {
    zh: '回访类型含"投诉"的行，从收到日期到回访时间须在期限内。原文只说"及时"，期限留空，本条报"未配置"；目录建议 24 小时，公司可设定。没有联系方式的投诉不要求回访。',
    en: 'On rows whose callback type contains 投诉, the callback must follow the date received within a deadline. The text says only "promptly", so the deadline is blank and the rule reports not configured; the catalog suggests 24 hours, which a company may set. A complaint without contact details needs no callback.',
  },
  records: { callbackTypes: ['投诉'] },
  params: { from: 'inquiryAt', to: 'contactAt', unit: 'hours', within: null },
};
