import type { RuleInput } from '../../../profile/schema';

/** 003-1-4-EXCLUSIVE: a customer confirmed by one division may not be invited by the other. */
export const rule: RuleInput = {
  id: '003-1-4-EXCLUSIVE',
  kind: 'duplicate-claim',
  title: { zh: '已有部门敲定的顾客，另一部门不得再邀约', en: 'A customer confirmed by one division may not be invited by the other' },
  short: { zh: '重复邀约', en: 'duplicate invitation' },
  modality: 'M',
  citation: { clause: '第4条', lines: 'L18', quote: '已有部门邀约敲定的顾客,另一门不允许再邀约' },
  reading: {
    zh: '同一场会议（按会议日期分开）同一顾客被两个事业部敲定时，先敲定者得（18:00 后敲定的算次日）；先敲定的部门档案按时交了（当天 18:00 前），其后另一部门的每一次敲定都是重复邀约，报在后者那一行并写明双方部门和邀约人，交协调助理处理。先敲定的部门档案迟交或不交时，后者不算违规，顾客判归后者（见 003-1-2-LATE-LOSES）。“部门发言、带动顾客”须提前上交名单，台账没有标注这类顾客的列，按一般顾客处理。',
    en: 'When two divisions confirm the same customer for the same event (events told apart by their date), the first confirmation wins (after 18:00 counts as the next day). If the first division handed its file in on time (before 18:00 that day), every later confirmation by the other division is a duplicate invitation, reported on the later row naming both divisions and inviters, for the coordinator to settle. If the first division\'s file was late or missing, the later one is no breach and gets the customer (see 003-1-2-LATE-LOSES). Speakers and crowd-warmers brought by a division need an advance list; ledgers have no column marking them, so they are treated like any invitee.',
  },
  escalateTo: ['协调助理'],
  params: { claimant: 'tier', claimedAt: 'confirmedAt', rollover: '18:00', protectedBy: { field: 'reportedAt', clock: '18:00' }, per: 'eventAt', report: 'later-claims' },
};
