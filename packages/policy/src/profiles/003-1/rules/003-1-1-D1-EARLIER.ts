import type { RuleInput } from '../../../profile/schema';

/** 003-1-1-D1-EARLIER: Division 1 finishes its invitations one day earlier than Division 2. */
export const rule: RuleInput = {
  id: '003-1-1-D1-EARLIER',
  kind: 'cutoff',
  title: { zh: '第一事业部比第二事业部提前一天完成计划邀约', en: 'Division 1 finishes its planned invitations one day before Division 2' },
  short: { zh: '一部提前一天', en: 'D1 a day earlier' },
  modality: 'M',
  citation: { clause: '第1条', lines: 'L12', quote: '计划邀约工作第一事业部要比第二事业部提前一天来完成' },
  reading: {
    zh: '按目录建议：第二事业部的邀约可到会议当天，第一事业部须在会议前一天结束邀约，即第一事业部的敲定时间须早于会议当天 0:00。第1条又规定“每晚6点后再邀约算作第二天邀约”，所以前一天 18:00 及以后敲定的算作会议当天的邀约，也算晚了，消息会说明这一点。条文含义不够明确（是最终邀约的截止，还是每天计划名单？），目录要求执行前先与业务确认，所以本条只作提示（info），不算错误或警告；公司确认后可在配置中把严重程度调高。',
    en: 'As the catalog recommends: Division 2 may invite up to the event day, Division 1 must finish the day before, so a Division 1 confirmation must come before 00:00 of the event day. Item 1 also says an invitation after 6 p.m. counts as the next day\'s, so one confirmed at or after 18:00 the day before counts as the event day\'s and is late too; the message says so. The clause is unclear (the final invitation deadline, or the daily planned lists?) and the catalog asks to confirm it with the business before enforcing, so findings are information only (info), neither errors nor warnings; a company that confirms the reading can raise the severity in its profile.',
  },
  severity: 'info',
  params: { field: 'confirmedAt', fieldRollover: '18:00', anchor: 'eventAt', at: [{ clock: '00:00' }], tier: 'D1' },
};
