import type { RuleInput } from '../../../profile/schema';

/** 003-2-3-DECEMBER: a New-Year gift and a needs survey for every customer each year. */
export const rule: RuleInput = {
  id: '003-2-3-DECEMBER',
  kind: 'count-per-period',
  title: { zh: '每年12月向新老客户寄送新年礼物并了解次年需求', en: 'Each December: New-Year gift and next-year needs survey for every customer' },
  short: { zh: '12月礼物需求', en: 'December gift' },
  modality: 'M',
  citation: { clause: '三、新需求管理制度', lines: 'L48', quote: '客服部每年12月负责向新老客户寄送新年礼物,并了解客户次年的需求计划' },
  reading: {
    zh: '按目录推荐：每个客户（本台账按项目登记）每年 12 月（1 日至 31 日）须既寄送新年礼物，又了解次年需求：12 月里要有一条回访类型或内容提到“新年礼物/礼物/礼品”的成功记录，和一条提到“需求”的成功记录（同一条记录两样都写了也算）。12 月以外寄的礼物不算“每年12月”；12 月 31 日过后仍缺哪一样就报哪一样。12 月 1 日时已在台账上的客户才要求当年这一次（更晚才出现的新客户当年不要求）；客户首次出现之前的年份不要求。上一版按全年计一条“新年礼物或需求计划”，比文件宽松且没有说明理由，已改。',
    en: 'As the catalog recommends: each customer (here each project) gets, in December (1st to 31st) of each year, both a New-Year gift and a survey of next year\'s needs: in December there must be a successful record whose callback type or content mentions 新年礼物/礼物/礼品 and one that mentions 需求 (one record mentioning both counts for both). A gift sent outside December is not "each December"; after 31 December whichever is missing is reported. Only customers in the ledger on 1 December owe that year\'s (a customer first seen later does not); years before a customer first appears owe nothing. An earlier version counted one gift-or-needs record anywhere in the year, looser than the text without saying why; that is gone.',
  },
  params: { mode: 'any-channel', period: 'year', min: 1, distinctDays: true, eachOf: [['新年礼物', '礼物', '礼品'], ['需求']], months: [12], prorateBelowDays: 31, proratedMin: 0 },
};
