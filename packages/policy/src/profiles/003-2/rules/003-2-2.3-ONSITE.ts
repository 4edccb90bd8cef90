import type { RuleInput } from '../../../profile/schema';

/** 003-2-2.3-ONSITE: on-site service requests handled promptly. */
export const rule: RuleInput = {
  id: '003-2-2.3-ONSITE',
  kind: 'field-deadline',
  title: { zh: '需要上门服务的及时处理', en: 'On-site service requests handled promptly' },
  short: { zh: '上门及时', en: 'on-site promptly' },
  modality: 'U',
  citation: { clause: '二、首问制和专人负责制 第3条', lines: 'L36', quote: '需要上门服务的事宜要及时处理' },
  reading: {
    zh: '服务方式为上门的来询，从来询时间到办结时间。"及时"没有数字，期限留空（未配置），公司填上小时数后才检查。',
    en: 'Inquiries served on site (方式 上门), from the inquiry time to the closing time. "Promptly" has no number: the deadline is blank (not configured) until the company sets hours.',
  },
  records: { channels: ['visit'] },
  params: { from: 'inquiryAt', to: 'closedAt', unit: 'hours', within: null },
};
