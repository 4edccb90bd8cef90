import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.4-D-free: scattered dealers (<10 units a year) at a frequency the salesperson sets, recorded. */
export const rule: RuleInput = {
  id: '002-2-1.4-D-free',
  kind: 'gap-cadence',
  title: { zh: '随机散户回访次数由业务员酌情自定，但须记录', en: 'Scattered dealers: the salesperson sets the frequency, and records it' },
  short: { zh: '散户自定频率', en: 'D own frequency' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.4', lines: 'L25', quote: '回访的次数业务员可以酌情自定,但需做好回访记录台帐' },
  reading: {
    zh: '年销量 10 台以下的随机散户（第3.2条称 D 类）没有统一频率。按目录推荐：业务员在台账"计划回访频率"（联系频率）列写了自定的频率（如"每月一次"）时，按该频率检查；没写的不检查频率。回访本身须记入台账，见 002-2-1.6-LEDGER-KEPT。逾期按第3.2条罚 50 元。',
    en: 'Scattered dealers under 10 units a year (class D in 3.2) have no set frequency. Following the catalog: where the salesperson has written a frequency of their own in the ledger (计划回访频率 / 联系频率, e.g. 每月一次), it is checked; without one, frequency is not checked. Each callback must still be in the ledger (002-2-1.6-LEDGER-KEPT). A miss costs 50 yuan (3.2).',
  },
  fine: { amount: 50, payer: '业务员' },
  when: { fact: 'tier', operator: 'equal', value: 'D' },
  params: { gap: 'declared', field: 'contactFrequency' },
};
