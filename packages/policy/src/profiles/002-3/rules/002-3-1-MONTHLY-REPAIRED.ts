import type { RuleInput } from '../../../profile/schema';

/** 002-3-1-MONTHLY-REPAIRED: every month, repaired customers are called back. */
export const rule: RuleInput = {
  id: '002-3-1-MONTHLY-REPAIRED',
  kind: 'schedule',
  title: { zh: '每月对维修过的客户进行回访', en: 'Every month: call back the customers whose vehicles were repaired' },
  short: { zh: '维修回访', en: 'repair callback' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第三篇《客户回访制度》第1条', lines: 'L47', quote: '每个月都要对维修的及几个月没有来的客户进行回访。对特殊客户还应单独走访' },
  reading: {
    zh: '每次维修后一个自然月内须有一次成功回访（10 月 15 日修的，11 月 15 日 24:00 前回访；月末对齐，1 月 31 日修的到 2 月 28 日）。目录建议“m 月的维修到 m+1 月月底前回访”，最长宽限到下月底；这里取维修日起一个月，对月中以后的维修稍严，但每次维修的期限一样长。“几个月没有来的客户”没有给出几个月，按目录 §0.3 不自行假定，待公司设定后另行配置；“特殊客户单独走访”见 002-3-1-SPECIAL。',
    en: 'Within one calendar month of each repair there must be a successful callback (repaired 15 Oct: by 24:00 on 15 Nov; clamped to the month end, 31 Jan gives 28 Feb). The catalog suggests "repairs of month m called back by the end of month m+1", up to the end of the next month; a month from the repair date is a little stricter for repairs after mid-month but gives every repair the same time. "Customers absent for several months" gives no number: per catalog §0.3 none is assumed; a company configures it once decided. Individual visits to special customers are 002-3-1-SPECIAL.',
  },
  params: { anchor: 'repairAt', unit: 'months', points: [{ from: 0, to: 1 }] },
};
