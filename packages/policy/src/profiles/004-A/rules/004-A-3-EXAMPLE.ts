import type { RuleInput } from '../../../profile/schema';

/** 004-A-3-EXAMPLE: periodic communication at the planned frequency, e.g. a monthly phone callback. */
export const rule: RuleInput = {
  id: '004-A-3-EXAMPLE',
  kind: 'declared-cadence',
  title: { zh: '按计划频次定期沟通，如每月电话回访', en: 'Periodic communication at the planned frequency, e.g. a monthly phone callback' },
  short: { zh: '每月电话回访', en: 'monthly call' },
  modality: 'S',
  citation: { file: '004_b18771e288959c8e.txt', section: '物业日常与客户沟通管理工作程序 二、3', lines: 'L31', quote: '如每月电话回访、每季度客户会议等' },
  reading: {
    zh: '二、1 要求按客户群体“明确沟通的目标、频次和方式”，二、3 举例“每月电话回访”。所以：台账上填了沟通频次的客户按其频次，没填的按每月一次（日历月），只算电话回访；还没有电话回访的客户从台账上第一次联系算起。原文是举例（“如”），只作提醒（警告）。频次是计划的间隔，所以按间隔计（上次后一个月内），不按自然月计数。每季度客户会议是公司层面的活动，客户台账上看不到，不检查。',
    en: 'Article 2.1 asks for a planned frequency and method per customer group, and 2.3 gives "a monthly phone callback" as the example. So a customer with a planned frequency in the ledger is checked against it, any other once a calendar month, counting phone callbacks only; for a customer not yet called, the clock starts at the first contact in the ledger. The text is an example (如), so findings are warnings. A planned frequency is an interval, so it is read as one (within a month of the last call), not as a count per calendar month. The quarterly customer meeting is a company-level event not visible in a customer ledger and is not checked.',
  },
  params: { field: 'contactFrequency', fallback: { every: 1, unit: 'month' }, only: { channels: ['phone'] }, startField: 'contactAt' },
};
