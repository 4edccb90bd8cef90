import type { RuleInput } from '../../../profile/schema';

/** 003-2-4-FRIDAY: each technician submits the week's service report at the Friday meeting. */
export const rule: RuleInput = {
  id: '003-2-4-FRIDAY',
  kind: 'report-schedule',
  title: { zh: '技术服务人员每周五提交本周客户服务情况', en: 'Technicians submit the week\'s customer-service report each Friday' },
  short: { zh: '周五周报', en: 'Friday report' },
  modality: 'M',
  citation: { clause: '四、周报制度', lines: 'L52', quote: '每周五下午部门例会,技术服务人员必须提交本周客户服务情况和客户反映信息' },
  reading: {
    zh: '每位报送人每周一份，报送时间不晚于周五当天（例会在下午，按当天结束计）。周五放假时文件没有说例会是否提前，不作调整：节前提交的算按时，节后补交的算迟报。要有「报送人」「报送时间」列（周报登记表），普通回访台账没有这两列时报"无法判断"。连续几周未交合为一条。',
    en: 'One report per submitter per week, submitted by the end of Friday (the meeting is in the afternoon). When Friday is a holiday the document does not say the meeting moves, so nothing is shifted: a report before the holiday is on time, one after it is late. Needs submitter and submission-time columns (a weekly-report register); a callback ledger without them is indeterminate. Weeks missed in a row are one finding.',
  },
  params: { due: { every: 'week', weekday: 5 }, perSubmitter: true },
};
