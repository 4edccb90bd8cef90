import type { RuleInput } from '../../../profile/schema';

/** 000-5-5-PHONE-OR-VISIT: birthday, 寿辰 and celebration callbacks are phone calls or visits. */
export const rule: RuleInput = {
  id: '000-5-5-PHONE-OR-VISIT',
  kind: 'allowed-values',
  title: { zh: '生日、寿辰、庆典回访须电话或登门', en: 'Birthday and celebration callbacks by phone or visit' },
  short: { zh: '回访方式', en: 'channel' },
  modality: 'M',
  citation: { clause: '二、5', lines: 'L163', quote: '以电话或登门的形式去回访客人' },
  reading: {
    zh: '回访类型含“生日”“寿辰”或“庆典”的回访，方式只能是电话或上门；短信、微信等不算回访。此条只指出用错方式的那次回访，不另行罚款：由此造成的未回访已在生日、庆典回访规则中按次计罚，同一遗漏不重复罚款。',
    en: 'Callbacks whose type contains 生日, 寿辰 or 庆典 must be phone calls or visits; SMS or WeChat messages are not callbacks. This rule points at the contact made by the wrong channel and carries no fine of its own: the missing callback it leaves is fined once under the birthday or celebration rule, never twice for one omission.',
  },
  records: { callbackTypes: ['生日', '寿辰', '庆典'] },
  params: { field: 'channel', allowed: ['phone', 'visit'] },
};
