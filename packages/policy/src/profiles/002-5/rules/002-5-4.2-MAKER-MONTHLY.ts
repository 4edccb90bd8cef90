import type { RuleInput } from '../../../profile/schema';

/** 002-5-4.2-MAKER-MONTHLY: each maker gets at least one on-site visit and two phone/WeChat contacts a month. */
export const rule: RuleInput = {
  id: '002-5-4.2-MAKER-MONTHLY',
  kind: 'count-per-period',
  title: { zh: '创客每月上门回访不少于1次、电话微信沟通不少于2次', en: 'Makers: at least 1 on-site visit and 2 phone/WeChat contacts a month' },
  short: { zh: '创客月访', en: 'maker monthly' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 四、2；七、2.a', lines: 'L98', quote: '每月上门回访不得低于一次,电话微、信沟通不低于2次' },
  reading: {
    zh: '按目录建议：自然月；每月至少 1 次上门，且电话与微信合计至少 2 次（“电话微、信”是“电话、微信”的笔误；上门不计入这 2 次）；“不低于”含本数。只计成功回访：上门的结果写“已拜访”“已接通”或空着的都算成功的上门，写“未联系上”等的不算；电话须接通，微信须有客户回复（目录 §16 A3）。创客加入的第一个月不满一个月，从下一个整月起算。“开发人员维护自己开发的创客”（七、2.a）台账通常没有“开发人”列，不检查。',
    en: 'As the catalog recommends: calendar months; at least 1 visit AND at least 2 phone plus WeChat contacts in total ("电话微、信" is a typo for 电话、微信; the visit does not count toward the 2); "不低于" is inclusive. Only successful contacts count: a visit whose outcome is 已拜访 (visited), 已接通 or blank is a successful visit, one marked 未联系上 and the like is not; a call must be answered and a WeChat message replied to (catalog §16 A3). The maker\'s first, partial month is not counted; counting starts with the next whole month. "Developers look after the makers they recruited" (七、2.a) needs a recruiter column ledgers seldom have and is not checked.',
  },
  params: { mode: 'per-channel', tier: 'M', period: 'month', groups: [{ channels: ['visit'], min: 1 }, { channels: ['phone', 'wechat'], min: 2 }] },
};
