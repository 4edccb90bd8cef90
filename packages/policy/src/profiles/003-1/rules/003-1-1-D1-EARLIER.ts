import type { RuleInput } from '../../../profile/schema';

/** 003-1-1-D1-EARLIER: Division 1 finishes its invitations one day earlier than Division 2. */
export const rule: RuleInput = {
  id: '003-1-1-D1-EARLIER',
  kind: 'cutoff',
  title: { zh: '第一事业部比第二事业部提前一天完成计划邀约', en: 'Division 1 finishes its planned invitations one day before Division 2' },
  short: { zh: '一部提前一天', en: 'D1 a day earlier' },
  modality: 'M',
  citation: { file: '003_5a1bbebd8c79da3d.txt', section: '篇一《多事业部联合使用顾客资源》第1条', lines: 'L12', quote: '计划邀约工作第一事业部要比第二事业部提前一天来完成' },
  reading: {
    zh: '按目录建议：第二事业部的邀约可到会议当天，第一事业部须在会议前一天结束邀约，即第一事业部的敲定时间须早于会议当天 0:00；前一天 18:00 后敲定的算作会议当天的邀约（第1条）。条文含义不够明确（目录：执行前须与业务确认），因此只作警告。',
    en: 'As the catalog recommends: Division 2 may invite up to the event day, Division 1 must finish the day before, so a Division 1 confirmation must come before 00:00 of the event day; one after 18:00 the day before counts as the event day\'s (item 1). The clause is unclear (the catalog: confirm with the business before enforcing), so findings are warnings.',
  },
  severity: 'warning',
  params: { field: 'confirmedAt', fieldRollover: '18:00', anchor: 'eventAt', at: [{ clock: '00:00' }], tier: 'D1' },
};
