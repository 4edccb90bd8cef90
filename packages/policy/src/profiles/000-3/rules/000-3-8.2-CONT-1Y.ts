import type { RuleInput } from '../../../profile/schema';

/** 000-3-8.2-CONT-1Y: At least one completed continuing callback per client per year. */
export const rule: RuleInput = {
  id: '000-3-8.2-CONT-1Y',
  kind: 'gap-cadence',
  title: { zh: '每位理财客户每年至少完成一次持续回访', en: 'At least one completed continuing callback per client per year' },
  short: { zh: '持续回访每年一次', en: 'continuing yearly' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第八条 2', lines: 'L88', quote: '对每一位理财客户开展的持续回访,每年至少完成一次。对全部理财客户开展并完成的持续回访比例应达到100%' },
  reading: {
    zh: '按目录建议（§16 A8）滚动计算：上一次完成的常规回访（新签约回访或持续回访）之后 12 个月内（对应日，含当天；没有对应日取月末）须完成一次“持续回访”；客户还没有完成的新签约回访时，从签约日期起算。新签约回访只开始计时，本身不算持续回访（内容不同）。“完成”指接通并有内容，未接通的拨打不算（§16 A3）。逾期和迟做的报告写明从哪一次回访（或签约日期）起算。解约后不再要求；台账没有「解约日期」列时视为都未解约。100% 的完成比例即每位客户都按期完成，逐个客户报告。不按自然年：自然年会让 1 月和次年 12 月的两次回访相隔近两年仍算合格。',
    en: 'A rolling 12 months as the catalog recommends (§16 A8): within 12 months (the corresponding date, inclusive, clamped to the month end) of the last completed regular callback (the new-signing or a continuing one) a continuing callback (持续回访) must be completed; a client without a completed new-signing callback counts from the signing date. The new-signing callback only starts the clock and is not itself a continuing callback (its content differs). Completed means reached with content; unanswered calls do not count (§16 A3). Overdue and late findings say which callback (or the signing date) started the clock. Nothing is owed after termination; a ledger without a 解约日期 column is read as no client terminated. The 100% rate means every client on time, reported client by client. Not calendar years: they would pass a January callback followed by one in December of the next year, almost two years apart.',
  },
  params: { gap: 'phase', mode: 'gap', every: 12, unit: 'months', from: 'signedAt', until: 'terminatedAt', untilOptional: true, callbackTypes: ['持续'], startTypes: ['新签约'] },
};
