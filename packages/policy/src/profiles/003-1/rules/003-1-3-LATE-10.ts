import type { RuleInput } from '../../../profile/schema';

/** 003-1-3-LATE-10: each late or missing daily invitee file in the event week costs the division head 10 yuan. */
export const rule: RuleInput = {
  id: '003-1-3-LATE-10',
  kind: 'cutoff',
  title: { zh: '会前一周档案迟交或不交，每次罚部门负责人10元', en: 'Event week: a late or missing daily invitee file costs the division head 10 yuan' },
  short: { zh: '迟交罚10元', en: 'late file 10 yuan' },
  modality: 'M',
  citation: { clause: '第3条', lines: 'L16', quote: '每天邀约敲定顾客档案如有迟交或不交一次,罚该部负责人10元' },
  reading: {
    zh: '“一次”按部门按天计：某事业部某天（D-7…D-1，18:00 后敲定的算次日）的档案表只要有顾客没在当天 18:00 前交，就是一次迟交（全部没交为不交），罚该部负责人 10 元，不论这张表里有几位顾客——一次遗漏只罚一次。会议当天的档案（第3条前半句）不在“前一周时间内”，不罚款（目录建议：当天另行配置才罚）。当天没有敲定任何顾客的日子台账看不出是否交了空表，不计。',
    en: '"Once" is per division per day: when any invitee a division confirmed on a day (D-7…D-1; after 18:00 counts as the next day) was not handed in before 18:00 that day, that is one late file (none at all: missing), 10 yuan from the division head, however many invitees the file holds: one omission, one fine. Event-day files (the first half of item 3) are not "within the week before" and are not fined (the catalog: only if configured). Days with no confirmation at all cannot show whether an empty file was handed in and are not counted.',
  },
  fine: { amount: 10, payer: '事业部负责人' },
  params: { field: 'reportedAt', anchor: 'confirmedAt', anchorRollover: '18:00', at: [{ clock: '18:00' }], during: { field: 'eventAt', from: -7, to: -1 }, per: 'group-day' },
};
