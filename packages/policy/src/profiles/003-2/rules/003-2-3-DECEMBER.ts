import type { RuleInput } from '../../../profile/schema';

/** 003-2-3-DECEMBER: a New-Year gift and a needs survey for every customer each year. */
export const rule: RuleInput = {
  id: '003-2-3-DECEMBER',
  kind: 'count-per-period',
  title: { zh: '每年12月向新老客户寄送新年礼物并了解次年需求', en: 'Each December: New-Year gift and next-year needs survey for every customer' },
  short: { zh: '12月礼物需求', en: 'December gift' },
  modality: 'M',
  citation: { file: '003_5a1bbebd8c79da3d.txt', section: '篇二《客户管理制度》三、新需求管理制度', lines: 'L48', quote: '客服部每年12月负责向新老客户寄送新年礼物,并了解客户次年的需求计划' },
  reading: {
    zh: '每个客户（本台账按项目登记）每个自然年须有一条类型为"新年礼物"或"需求计划"的记录。当年 12 月 31 日过后仍没有才算违规；年内提前寄送也算（计数规则按自然年，不单看 12 月，比文件宽松）。客户首次出现之前的年份不要求。',
    en: 'Each customer (here: each project) needs a record typed 新年礼物 (New-Year gift) or 需求计划 (needs plan) in each calendar year, a breach only once 31 December has passed; one sent earlier in the year also counts (the count runs per calendar year, looser than "in December"). Years before the customer first appears are not required.',
  },
  params: { period: 'year', min: 1, distinctDays: true, callbackTypes: ['新年礼物', '需求计划'] },
};
