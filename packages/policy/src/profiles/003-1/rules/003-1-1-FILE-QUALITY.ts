import type { RuleInput } from '../../../profile/schema';

/** 003-1-1-FILE-QUALITY: invitee files complete, clear and tidy (completeness is what a ledger shows). */
export const rule: RuleInput = {
  id: '003-1-1-FILE-QUALITY',
  kind: 'required-fields',
  title: { zh: '顾客档案全面、清晰、整洁', en: 'Invitee files complete, clear and tidy' },
  short: { zh: '档案完整', en: 'file complete' },
  modality: 'M',
  citation: { clause: '第1条', lines: 'L12', quote: '档案要求:全面、清晰、整洁' },
  reading: {
    zh: '能从台账检查的是“全面”：每位顾客的档案要有姓名、联系电话、所属事业部、邀约人、敲定时间和会议日期。“清晰、整洁”是纸面观感，看不出；无法识别的日期等单元格另报“数据无效”。',
    en: 'What a ledger shows is completeness: each invitee\'s file names the customer, phone, division, inviter, confirmation time and event date. "Clear and tidy" is how the paper looks and cannot be seen; unreadable cells are reported as invalid separately.',
  },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'phone' }, { field: 'tier' }, { field: 'performer' }, { field: 'confirmedAt' }, { field: 'eventAt' }] },
};
