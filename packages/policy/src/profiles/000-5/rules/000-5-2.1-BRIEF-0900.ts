import type { RuleInput } from '../../../profile/schema';

/** 000-5-2.1-BRIEF-0900: the floor brief and the dining sheets handed in before 09:00 the next day. */
export const rule: RuleInput = {
  id: '000-5-2.1-BRIEF-0900',
  kind: 'cutoff',
  title: { zh: '次日9点前上交简报和就餐记录单', en: 'Brief and dining sheets handed in before 09:00 next day' },
  short: { zh: '次日9点上交', en: 'hand-in by 09:00' },
  modality: 'M',
  citation: { clause: '二、2(1)', lines: 'L156', quote: '各楼面主管在每晚收市后,填写《前厅每日工作简报》,连同本楼层的《顾客就餐记录单》一并在次日9点之前上交服务部经理' },
  reading: {
    zh: '就餐日期次日 09:00 之前（不含 09:00）上交；按“X点之前”的严格读法。同一天的记录单一并上交，迟交或未交按每天一次计（不按张数重复罚款）。上交时间只有日期、且恰为次日时无法判断。周末照常。',
    en: 'Handed in strictly before 09:00 on the day after the meal date (the strict reading of 之前). The day\'s sheets go in together: a late or missing hand-in is one instance per day, not one per sheet. A hand-in time with a date only, on that next day, is indeterminate. Weekends included.',
  },
  fine: { amount: 50, payer: '楼面主管' },
  escalateTo: ['服务部经理'],
  params: { field: 'handedInAt', anchor: 'receptionAt', at: [{ offsetDays: 1, clock: '09:00' }], strict: true, per: 'group-day' },
};
