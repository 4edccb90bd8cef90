import type { RuleInput } from '../../../profile/schema';

/** 000-1-2.2A-MEETING-REC: communication by meeting is recorded and kept. */
export const rule: RuleInput = {
  id: '000-1-2.2A-MEETING-REC',
  kind: 'required-fields',
  title: { zh: '会议沟通应记录并保存', en: 'Meeting communication recorded' },
  short: { zh: '会议记录', en: 'meeting record' },
  modality: 'M',
  citation: { file: '000_76cb93e03295e223.txt', section: '第一篇《客户沟通管理规定》2、(2) A、会议方式', lines: 'L15', quote: '会议沟通应记录并保存' },
  reading: {
    zh: '沟通类型含“会议”或“座谈”的沟通，须填写沟通内容（会议记录）。规定未给保存期限，不检查保存多久。',
    en: 'Communications whose type contains 会议 or 座谈 need their content (the minutes) recorded. The document gives no retention period, so how long they are kept is not checked.',
  },
  params: { scope: 'contact', fields: [{ field: 'content' }], only: { callbackTypes: ['会议', '座谈'] } },
};
