import type { RuleInput } from '../../../profile/schema';

/** 002-3-1-MONTHLY-REPAIRED: every month, repaired customers are called back. */
export const rule: RuleInput = {
  id: '002-3-1-MONTHLY-REPAIRED',
  kind: 'event-window',
  title: { zh: '每月对维修过的客户进行回访', en: 'Every month: call back the customers whose vehicles were repaired' },
  short: { zh: '维修回访', en: 'repair callback' },
  modality: 'M',
  citation: { clause: '第1条', lines: 'L47', quote: '每个月都要对维修的及几个月没有来的客户进行回访。对特殊客户还应单独走访' },
  reading: {
    zh: '按目录建议：m 月维修的客户，最迟在 m+1 月月底 24:00 前有一次成功回访（9 月 1 日和 9 月 30 日修的，都在 10 月 31 日前回访；1 月修的到 2 月底）。“每个月都要对维修的……进行回访”说的是按月安排，以月为单位给期限最贴近条文。只计成功回访：接通且有内容（目录 §16 A3），只有未接通的拨打报“只有尝试”。“几个月没有来的客户”没有给出几个月，按目录 §0.3 不自行假定，待公司设定后另行配置；“特殊客户单独走访”见 002-3-1-SPECIAL。',
    en: 'As the catalog recommends: a customer repaired in month m has a successful callback by 24:00 on the last day of month m + 1 (repaired on 1 or 30 September: by 31 October; repaired in January: by the end of February). "Every month, call back the customers repaired" sets a monthly routine, so a deadline by calendar month is closest to the text. Only successful contacts count: reached, with content (catalog §16 A3); only unanswered calls are reported as attempts. "Customers absent for several months" gives no number: per catalog §0.3 none is assumed; a company configures it once decided. Individual visits to special customers are 002-3-1-SPECIAL.',
  },
  params: { anchor: 'repairAt', unit: 'months', windows: [{ from: 0, to: 1 }], toMonthEnd: true },
};
