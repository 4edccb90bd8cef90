import type { RuleInput } from '../../../profile/schema';

/** 003-1-1-DAILY-1800: in the week before a joint event, each day's confirmed invitees go into the box before 18:00. */
export const rule: RuleInput = {
  id: '003-1-1-DAILY-1800',
  kind: 'cutoff',
  title: { zh: '会前一周每天晚6点前上交当天敲定顾客档案', en: 'Week before a joint event: the day\'s confirmed invitees handed in before 18:00' },
  short: { zh: '当天档案6点前', en: 'daily file by 18:00' },
  modality: 'M',
  citation: { clause: '第1条', lines: 'L12', quote: '联合会议举办会议营销活动前一周,每天晚6点前' },
  reading: {
    zh: '会议日期前第7天至前1天（D-7…D-1）敲定的每位顾客，其档案的「提交时间」（投入“资源共享”箱的时间）必须早于敲定当天 18:00（“6点前”不含 18:00）。18:00 及以后敲定的算作第二天的邀约（第1条“每晚6点后再邀约算作第二天邀约”），应在第二天 18:00 前交。未交且已过截止时间为逾期，交晚了为迟交。每一行指出具体哪位顾客的档案迟交；按部门按天的罚款见 003-1-3-LATE-10。第二事业部另交的“第二天计划邀约顾客名单”邀约台账一般不记，不检查。',
    en: 'Every invitee confirmed from 7 days to 1 day before the event date (D-7…D-1) must have its file handed in (the time it went into the 资源共享 box) before 18:00 of the confirmation day ("6点前" excludes 18:00). A confirmation at or after 18:00 counts as the next day\'s (item 1: invitations after 6 pm count as the next day), due by 18:00 the next day. Missing after the cut-off is overdue; handed in later is late. Each row names the invitee whose file was late; the per-division, per-day fine is 003-1-3-LATE-10. Division 2\'s extra list of the next day\'s planned invitees is rarely in an invitation register and is not checked.',
  },
  params: { field: 'reportedAt', anchor: 'confirmedAt', anchorRollover: '18:00', at: [{ clock: '18:00' }], during: { field: 'eventAt', from: -7, to: -1 } },
};
