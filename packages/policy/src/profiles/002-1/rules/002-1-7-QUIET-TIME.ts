import type { RuleInput } from '../../../profile/schema';

/** 002-1-7-QUIET-TIME: avoid calling when the customer is resting. */
export const rule: RuleInput = {
  id: '002-1-7-QUIET-TIME',
  kind: 'call-hours',
  title: { zh: '避免在客户休息时间通话', en: 'Avoid calling in the customer\'s rest hours' },
  short: { zh: '休息时段来电', en: 'rest-hour call' },
  modality: 'S',
  citation: { clause: '第7条', lines: 'L9', quote: '电话回访时必须注意通话时间,尽量不要在客户休息和不方便的时候通话' },
  reading: {
    zh: '"尽量"是建议，只报警告。文件没有给出时段，采用目录推荐的午休 12:00-14:00 和夜间 21:00-08:00（不含结束时刻），公司可在自定义配置中修改。只看电话；短信"可以随时进行"。',
    en: '尽量 makes this advice: warnings only. The document gives no hours; we use the catalog\'s recommendation, 12:00-14:00 and 21:00-08:00 (end excluded), which a custom profile can change. Only calls; SMS "may be sent at any time".',
  },
  ours: { windows: { zh: '制度未规定时段', en: 'the regulation names no hours' } },
  params: { mode: 'quiet', windows: [{ from: '12:00', to: '14:00' }, { from: '21:00', to: '08:00' }], channels: ['phone'] },
};
