import type { RuleInput } from '../../../profile/schema';

/** 000-1-2.2A-MEETING-REC: communication by meeting is recorded and kept. */
export const rule: RuleInput = {
  id: '000-1-2.2A-MEETING-REC',
  kind: 'required-fields',
  title: { zh: '会议沟通应记录并保存', en: 'Meeting communication recorded' },
  short: { zh: '会议记录', en: 'meeting record' },
  modality: 'M',
  citation: { clause: '2、(2) A、会议方式', lines: 'L15', quote: '会议沟通应记录并保存' },
  reading: {
    zh: '以会议方式进行的沟通（规定 2、(2) A 列明的“会议方式”：沟通方式为会议、座谈会、协调会等，或沟通类型含“会议”“座谈”），须填写沟通内容（会议记录）。会议是有效的沟通方式，台账写“会议”不算填错。规定未给保存期限，不检查保存多久。',
    en: 'Communication by meeting (the 会议方式 of 2、(2) A: a channel of 会议, 座谈会, 协调会 and the like, or a type containing 会议 or 座谈) needs its content (the minutes) recorded. A meeting is a valid way to communicate, so 会议 as the channel is no error. The document gives no retention period, so how long they are kept is not checked.',
  },
  records: { anyOf: [{ channels: ['meeting'] }, { callbackTypes: ['会议', '座谈'] }] },
  params: { scope: 'contact', fields: [{ field: 'content' }] },
};
