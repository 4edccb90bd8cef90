import type { RuleInput } from '../../../profile/schema';

/** 002-4-4.2-10d: every customer on the list gets a phone call every 10 days. */
export const rule: RuleInput = {
  id: '002-4-4.2-10d',
  kind: 'gap-cadence',
  title: { zh: '每10天给每位客户打一个回访电话', en: 'One callback phone call to every customer every 10 days' },
  short: { zh: '10天一电话', en: 'call every 10 d' },
  modality: 'M',
  citation: { clause: '四、2', lines: 'L69', quote: '按照每10天一个电话的回访要求操作' },
  reading: {
    zh: '“每10天一个电话”按间隔规则读（目录 §0.5-6）：上次成功回访电话后 10 个日历日内须再打一次，第 10 天 24:00 前无成功回访即逾期；从第一次成功回访起算。目录建议按报表周期（1-10、11-20、21-月末）每期一次；周期的要求已由 002-4-4.4-10-20-30 的电子文件检查，这里按条文字面的间隔检查，两者不重复罚。只计电话（“唯一方式：电话”）：QQ、微信只用来发文件和资料，即使客户回复也不算这 10 天的电话；回访方式空白的行不作否定。未接通的拨打不是回访（目录 §16 A3）：回访结果写未接通、无人接听等，或没有写结果而回访内容写“无人接听”“电话关机”之类的，都不算。',
    en: '"One call every 10 days" is read as a gap rule (catalog §0.5-6): within 10 calendar days of the last successful call there must be another, overdue when none by 24:00 of the 10th day; counted from the first successful contact. The catalog recommends one call per reporting cycle (1-10, 11-20, 21-month end); the cycles are checked by the e-file rule 002-4-4.4-10-20-30, so this rule checks the literal gap and the two do not fine twice. Only phone calls count ("the only way: phone"): QQ and WeChat only carry files and materials and do not stand for the call even with a reply; a blank channel is not held against the row. An unanswered call is not a callback (catalog §16 A3): an outcome such as 未接通 or 无人接听, or no outcome with content such as 无人接听 or 电话关机, does not count.',
  },
  params: { gap: 'phase', mode: 'gap', every: 10, unit: 'days', channels: ['phone'] },
};
