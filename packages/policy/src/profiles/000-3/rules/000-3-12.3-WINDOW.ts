import type { RuleInput } from '../../../profile/schema';

/** 000-3-12.3-WINDOW: Calls on working days 10:00-11:00 and 14:00-16:00. */
export const rule: RuleInput = {
  id: '000-3-12.3-WINDOW',
  kind: 'call-hours',
  title: { zh: '回访时间一般为工作日10:00-11:00、14:00-16:00', en: 'Calls on working days 10:00-11:00 and 14:00-16:00' },
  short: { zh: '非回访时段', en: 'outside call hours' },
  modality: 'S',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十二条 3', lines: 'L116', quote: '回访时间应合理安排,一般是工作日上午10:00-11:00,下午14:00-16:00' },
  reading: {
    zh: '“一般”是建议，只报警告。电话回访的开始时间须在工作日上午 10:00-11:00 或下午 14:00-16:00，结束时刻含在内（11:00 可以，11:01 不可以）；调休上班的周末是工作日，法定假日不是。只有日期的回访无法判断时段，汇总报一次“无法判断”。',
    en: '一般 makes this advice: warnings only. A phone call must start on a working day within 10:00-11:00 or 14:00-16:00, end minute included (11:00 yes, 11:01 no); make-up Saturdays and Sundays are working days, holidays are not. Calls with a date only are reported once as indeterminate.',
  },
  params: { mode: 'allowed', windows: [{ from: '10:00', to: '11:00' }, { from: '14:00', to: '16:00' }], channels: ['phone'], workdaysOnly: true, endInclusive: true },
};
