import type { RuleInput } from '../../../profile/schema';

/** 002-4-4.5-WRITTEN: problems the salesperson cannot solve go up in writing; otherwise they do not count. */
export const rule: RuleInput = {
  id: '002-4-4.5-WRITTEN',
  kind: 'required-fields',
  title: { zh: '不能解决的问题以文件或文字上报上司或马总', en: 'Problems that cannot be solved go to the boss or 马总 in writing' },
  short: { zh: '书面上报', en: 'escalate in writing' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第四篇《客户回访制度》四、5', lines: 'L71', quote: '不能解决的上报给上司或是马总,必须是文件或文字的,否则无效' },
  reading: {
    zh: '记录了客户问题的回访行，必须在「解决情况」写明已解决或已书面上报（给上司或马总的文件/文字）；空着即视为没有处理也没有有效上报。口头上报不算，台账若写“口头已报”由人工判断；是否确为书面，台账看不出原件，需看上报文件本身。',
    en: 'A callback row recording a customer problem must say under 解决情况 that it was solved or escalated in writing (a document or text to the boss or 马总); blank means neither handled nor validly escalated. An oral escalation does not count; whether an escalation really was written cannot be seen in the ledger and needs the document itself.',
  },
  escalateTo: ['上司', '马总'],
  params: { scope: 'contact', fields: [{ field: 'resolution' }], only: { filled: ['openQuestion'] } },
};
