import type { RuleInput } from '../../../profile/schema';

/** 001-2-13-ANNUAL-CONF: important customers are invited to the yearly customer-service conference. */
export const rule: RuleInput = {
  id: '001-2-13-ANNUAL-CONF',
  kind: 'count-per-period',
  title: { zh: '每年召开一次客户服务会议，邀请重要客户参加', en: 'One customer-service conference a year, important customers invited' },
  short: { zh: '年度会议邀请', en: 'yearly invitation' },
  modality: 'M',
  citation: { section: '二(一)《客户关系维护办法》第13条', lines: 'L119', quote: '邀请重要客户参加公司举办各种活动,每年召开一次客户服务会议' },
  reading: {
    zh: '会议本身不在客户台账里；台账能看到的是邀请：每位重点（重要）客户每个自然年至少有一条回访类型含“会议”“活动”或“邀请”的联系。按目录建议，缺邀请记为警告。',
    en: 'The conference itself is not in a customer ledger; the invitation is: every key (important) customer has, in each calendar year, at least one contact whose type mentions a conference, an event or an invitation. As the catalog recommends, a missing invitation is a warning.',
  },
  severity: 'warning',
  records: { callbackTypes: ['会议', '活动', '邀请'], ifColumnMissing: 'pass' },
  params: { mode: 'any-channel', tier: 'K', period: 'year', min: 1 },
};
