import type { RuleInput } from '../../../profile/schema';

/** 002-5-3.2-WINDOW: callbacks preferably 09:00-11:00 and 15:00-17:00. */
export const rule: RuleInput = {
  id: '002-5-3.2-WINDOW',
  kind: 'call-hours',
  title: { zh: '回访时间以上午9-11点、下午15-17点为宜', en: 'Callbacks preferably 09:00-11:00 and 15:00-17:00' },
  short: { zh: '回访时段', en: 'call hours' },
  modality: 'S',
  citation: { section: '第五篇《客户回访制度》马上游科技 三、2(2)', lines: 'L92', quote: '上午09:00-11:00,下午15:00—17:00为宜' },
  reading: {
    zh: '“为宜”是建议（S），窗口外的回访报警告而非违规。09:00-11:00、15:00-17:00 含两端；不限工作日（条文没有说，旅游平台周末也营业）。只有日期没有时分的回访无法判断（报“无法判断”）。预约记录（三、2(1)）台账一般没有，不检查。',
    en: '"为宜" is advice (S): callbacks outside the windows are warnings, not breaches. 09:00-11:00 and 15:00-17:00 include both ends; any day of the week (the text does not restrict it, and a travel platform works weekends). A contact with a date but no time cannot be placed (indeterminate). Appointment records (三、2(1)) are rarely in a ledger and are not checked.',
  },
  params: { mode: 'allowed', windows: [{ from: '09:00', to: '11:00' }, { from: '15:00', to: '17:00' }], workdaysOnly: false, endInclusive: true },
};
