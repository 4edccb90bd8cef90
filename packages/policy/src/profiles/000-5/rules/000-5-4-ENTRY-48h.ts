import type { RuleInput } from '../../../profile/schema';

/** 000-5-4-ENTRY-48h: birthday and celebration information entered into the computer within 48 hours. */
export const rule: RuleInput = {
  id: '000-5-4-ENTRY-48h',
  kind: 'field-deadline',
  title: { zh: '收到信息后48小时内输入计算机', en: 'Information entered within 48 hours of receipt' },
  short: { zh: '48小时录入', en: '48 h entry' },
  modality: 'M',
  citation: { clause: '二、4', lines: 'L161', quote: '市场部安排专人在收到预订主管传递的信息后在48小时内把客人生日、寿辰和庆典活动信息的计算机输入' },
  reading: {
    zh: '载有生日/寿辰或庆典日期的行：录入时间不得晚于上报时间（预订主管传递信息、市场部收到的时间）后 48 小时整（含），按钟点连续计算，周末不扣除。两个时间都需精确到分钟，只有日期时无法判断（除非明显在期限内或之外）。未录入且已过 48 小时为逾期。',
    en: 'Rows carrying a birthday/寿辰 or a celebration date: the 录入时间 must be at most 48 h 00 min after the 上报时间 (when the reservation supervisor passed the information to marketing), in clock hours, weekends included. Both times need minutes; with a date only the result is indeterminate unless clearly inside or outside the window. Not entered 48 hours later is overdue.',
  },
  fine: { amount: 50, payer: '市场部录入专人' },
  escalateTo: ['市场部经理'],
  records: { filled: ['birthday', 'celebrationAt'] },
  params: { from: 'reportedAt', to: 'recordedAt', unit: 'hours', within: 48 },
};
