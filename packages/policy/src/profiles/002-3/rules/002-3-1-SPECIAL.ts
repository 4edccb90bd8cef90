import type { RuleInput } from '../../../profile/schema';

/** 002-3-1-SPECIAL: special customers also get an individual visit. */
export const rule: RuleInput = {
  id: '002-3-1-SPECIAL',
  kind: 'count-per-period',
  title: { zh: '特殊客户每月单独走访', en: 'Special customers get an individual visit each month' },
  short: { zh: '特殊客户走访', en: 'special visit' },
  modality: 'M',
  citation: { clause: '第1条', lines: 'L47', quote: '对特殊客户还应单独走访' },
  reading: {
    zh: '“特殊客户”由台账的「客户类别」标明（特殊/特殊客户）；条文没有单独给走访频率，这句紧跟“每个月都要……回访”，按每个自然月至少一次上门走访读，客户第一个不满的月份不计。这是我们的读法而非条文明文，因此报为警告；公司可在自定义配置中改为其他周期。',
    en: '"Special customers" are those marked 特殊 under 客户类别. The sentence gives no frequency of its own; it follows "every month ... call back", so it is read as at least one on-site visit per calendar month, the customer\'s first partial month not counted. That is our reading rather than the text\'s words, so findings are warnings; a company can choose another period in a custom profile.',
  },
  severity: 'warning',
  params: { mode: 'per-channel', tier: 'S', period: 'month', groups: [{ channels: ['visit'], min: 1 }] },
};
