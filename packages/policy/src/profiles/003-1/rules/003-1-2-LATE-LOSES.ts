import type { RuleInput } from '../../../profile/schema';

/** 003-1-2-LATE-LOSES: a division whose file was late or missing loses a customer the other division then confirms. */
export const rule: RuleInput = {
  id: '003-1-2-LATE-LOSES',
  kind: 'duplicate-claim',
  title: { zh: '迟交或不交档案，顾客被另一部门敲定的，判为另一部门邀约', en: 'A late or missing file loses the customer to the other division that then confirms them' },
  short: { zh: '迟交失顾客', en: 'late file loses' },
  modality: 'M',
  citation: { clause: '第2条', lines: 'L14', quote: '因部门负责人迟交或不交当天已敲定顾客档案表,而发生本部已敲定顾客又被另一部门邀约和敲定,该顾客到会后判为另一部门邀约' },
  reading: {
    zh: '按目录建议的算法：敲定只有在当天档案按时（当天 18:00 前）交了才受保护；最早的受保护敲定得顾客。未受保护的敲定（档案迟交或不交）输给另一部门在该档案交来之前的敲定。每一个因此失去的顾客报在失去一方的那一行，写明双方。台账没有“到会”列时按全部到会处理。',
    en: 'The catalog\'s algorithm: a confirmation is protected only once its day\'s file is in on time (before 18:00 that day); the earliest protected confirmation wins. An unprotected one (file late or missing) loses to the other division\'s confirmation made before that file came in. Each customer lost this way is reported on the losing row, naming both sides. Without an attendance column every invitee is taken as attending.',
  },
  severity: 'warning',
  params: { claimant: 'tier', claimedAt: 'confirmedAt', rollover: '18:00', protectedBy: { field: 'reportedAt', clock: '18:00' }, per: 'eventAt', report: 'lost' },
};
