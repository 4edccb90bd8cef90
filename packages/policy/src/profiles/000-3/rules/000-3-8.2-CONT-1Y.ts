import type { RuleInput } from '../../../profile/schema';

/** 000-3-8.2-CONT-1Y: At least one completed continuing callback per client per year. */
export const rule: RuleInput = {
  id: '000-3-8.2-CONT-1Y',
  kind: 'count-per-period',
  title: { zh: '每位理财客户每年至少完成一次持续回访', en: 'At least one completed continuing callback per client per year' },
  short: { zh: '持续回访每年一次', en: 'continuing yearly' },
  modality: 'M',
  citation: { file: '000_76cb93e03295e223.txt', section: '第三篇《客户回访管理规定(试行版)》第八条 2', lines: 'L88', quote: '对每一位理财客户开展的持续回访,每年至少完成一次。对全部理财客户开展并完成的持续回访比例应达到100%' },
  reading: {
    zh: '按自然年计：签约后的每个自然年，每位客户至少有一次接通并有内容的“持续回访”（新签约回访不算，它的内容不同）。签约当年剩余不足 183 天（7 月 2 日以后签约）的可免当年；解约当年及以后不再要求。目录推荐按“上次回访后 12 个月”滚动计算；本工具按自然年，因为 100% 的完成比例是按年度考核的，自然年让每个客户的应办年度一目了然。',
    en: 'Per calendar year: in each calendar year after signing, every client has at least one reached continuing callback (持续回访) with content; the new-signing callback does not count (its content differs). The signing year is exempt when fewer than 183 days remain (signed after 1 July); the year of termination and later owe nothing. The catalog recommends a rolling 12 months from the last callback; we count calendar years because the 100% rate is a yearly appraisal and a calendar year makes each client\'s due year plain.',
  },
  params: { period: 'year', min: 1, distinctDays: true, startField: 'signedAt', endField: 'terminatedAt', callbackTypes: ['持续'], prorateBelowDays: 183, proratedMin: 0 },
};
