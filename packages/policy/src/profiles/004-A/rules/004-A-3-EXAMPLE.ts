import type { RuleInput } from '../../../profile/schema';

/** 004-A-3-EXAMPLE: periodic communication at the planned frequency, e.g. a monthly phone callback. */
export const rule: RuleInput = {
  id: '004-A-3-EXAMPLE',
  kind: 'gap-cadence',
  title: { zh: '按计划频次定期沟通，如每月电话回访', en: 'Periodic communication at the planned frequency, e.g. a monthly phone callback' },
  short: { zh: '每月电话回访', en: 'monthly call' },
  modality: 'S',
  citation: { clause: '二、3', lines: 'L31', quote: '如每月电话回访、每季度客户会议等' },
  reading: {
    zh: '二、1 要求按客户群体“明确沟通的目标、频次和方式”，二、3 举例“每月电话回访、每季度客户会议”。所以：台账上填了沟通频次的客户按其频次，没填的按“每月电话回访”，只算电话回访。按目录 §16 A2，“每月”“每季度”是周期加次数：每个自然月（填了“每季度一次”的，每个自然季度）至少一次电话回访，不是上次之后一个月内；业主第一次联系所在的月份从中途开始，不计。写成间隔的频次（“每隔10天”“15天一次”）仍按间隔计。原文是举例（“如”），只作提醒（警告）。每季度客户会议是公司组织的会议，客户台账上没有会议这种沟通方式可记，不检查。',
    en: 'Article 2.1 asks for a planned frequency and method per customer group, and 2.3 gives "a monthly phone callback, a quarterly customer meeting" as examples. So a customer with a planned frequency in the ledger is checked against it, any other against the monthly phone callback, counting phone callbacks only. Following catalog §16 A2, 每月 and 每季度 name a period and a count: at least one phone callback in each calendar month (each calendar quarter for 每季度一次), not within a month of the last call; the month of the owner\'s first contact started before it and is not counted. A frequency written as an interval (每隔10天, 15天一次) stays a gap. The text is an example (如), so findings are warnings. The quarterly customer meeting is a company meeting with no channel for it in a customer ledger, and is not checked.',
  },
  records: { channels: ['phone'] },
  params: { gap: 'declared', field: 'contactFrequency', fallback: { per: 'month', min: 1 }, calendarPeriods: true, startField: 'contactAt' },
};
