import type { RuleInput } from '../../../profile/schema';

/** 003-1-5-CREDIT: a sale at a joint event is credited to the customer's current inviter. */
export const rule: RuleInput = {
  id: '003-1-5-CREDIT',
  kind: 'duplicate-claim',
  title: { zh: '会上成交算现邀约员工的业绩', en: 'A sale at the event is credited to the customer\'s current inviter' },
  short: { zh: '业绩归属', en: 'sale credit' },
  modality: 'M',
  citation: { clause: '第5条', lines: 'L20', quote: '如有销售,算做该顾客现邀约员工的业绩' },
  reading: {
    zh: '“现邀约员工”是赢得该顾客归属的那次敲定的邀约人（规则同 003-1-4 与 003-1-2：先敲定且档案按时者得）。「业绩归属」填了别人（例如原跟踪服务员工）即为不符；一位顾客的业绩只有一份，所以每位顾客只报一次（在第一行记错处，消息说明共几行记错），不按行重复。原员工帮促销售须经现邀约员工同意、不得两人同时推产品，这些在台账上看不出，不检查。',
    en: 'The "current inviter" is the inviter of the confirmation that won the customer (as in 003-1-4 and 003-1-2: first confirmed with the file in on time). A credit column naming anyone else (the former follow-up employee, say) is a breach; a customer\'s sale is credited once, so it is reported once per customer (at the first wrong row, the message saying how many rows are wrong), not once per row. The consent of the current inviter and the one-pitch-at-a-time rule leave no trace in a ledger and are not checked.',
  },
  params: { claimant: 'tier', claimedAt: 'confirmedAt', rollover: '18:00', protectedBy: { field: 'reportedAt', clock: '18:00' }, per: 'eventAt', report: 'credit', credit: { field: 'creditedTo', of: 'performer' } },
};
