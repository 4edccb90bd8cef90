import type { RuleInput } from '../../../profile/schema';

/** 003-1-3-EVENTDAY: on the event day, files in by 10:00 (afternoon event) or 16:00 (evening event). */
export const rule: RuleInput = {
  id: '003-1-3-EVENTDAY',
  kind: 'cutoff',
  title: { zh: '会议当天：下午会10点前、晚上会4点前交敲定顾客档案', en: 'Event day: confirmed-invitee files in by 10:00 (afternoon event) or 16:00 (evening event)' },
  short: { zh: '当天档案', en: 'event-day file' },
  modality: 'M',
  citation: { clause: '第3条', lines: 'L16', quote: '如在下午举办,各部负责人必须在当天上午10点前把已敲定顾客档案表投入“资源共享”箱内;如在晚上举办,必须在当天下午4点前投入' },
  reading: {
    zh: '会议当天敲定的顾客（前一天 18:00 后敲定的也算当天），档案须在截止时间前投箱：会议 12:00-17:59 开始为下午会，截止当天 10:00；18:00 及以后开始为晚上会，截止当天 16:00；“前”不含整点。上午会文件未作规定，按目录建议沿用前一晚 18:00。会议时间没有时分时无法判断是哪种会，报告无法判断。会前各天的档案由 003-1-1-DAILY-1800 检查。',
    en: 'Invitees confirmed on the event day (after 18:00 the day before counts as that day) must be in the box before the cut-off: an event starting 12:00-17:59 is an afternoon event, cut-off 10:00 that day; 18:00 or later is an evening event, cut-off 16:00; "before" excludes the hour itself. Morning events are not covered; the catalog\'s recommendation, the previous evening\'s 18:00, applies. Without an event time of day the kind of event is unknown: indeterminate. Files of the days before are checked by 003-1-1-DAILY-1800.',
  },
  params: {
    field: 'reportedAt',
    anchor: 'confirmedAt',
    anchorRollover: '18:00',
    chooseBy: 'eventAt',
    at: [
      { ifAnchorFrom: '00:00', offsetDays: -1, clock: '18:00' },
      { ifAnchorFrom: '12:00', clock: '10:00' },
      { ifAnchorFrom: '18:00', clock: '16:00' },
    ],
    during: { field: 'eventAt', from: 0, to: 0 },
  },
};
