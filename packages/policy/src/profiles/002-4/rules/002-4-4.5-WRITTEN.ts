import type { RuleInput } from '../../../profile/schema';

/** 002-4-4.5-WRITTEN: problems the salesperson cannot solve go up in writing; otherwise they do not count. */
export const rule: RuleInput = {
  id: '002-4-4.5-WRITTEN',
  kind: 'required-fields',
  title: { zh: '不能解决的问题以文件或文字上报上司或马总', en: 'Problems that cannot be solved go to the boss or 马总 in writing' },
  short: { zh: '书面上报', en: 'escalate in writing' },
  modality: 'M',
  citation: { clause: '四、5', lines: 'L71', quote: '不能解决的上报给上司或是马总,必须是文件或文字的,否则无效' },
  reading: {
    zh: '记录了客户问题的回访行，必须在「解决情况」写明已解决或已书面上报（给上司或马总的文件或文字）；空着即视为没有处理也没有有效上报。“必须是文件或文字的，否则无效”：写明是口头、电话告知、当面汇报等的上报不算，报违规；同时写明也发了书面、文字、微信、短信、邮件的可以。只写“已上报”的看不出形式，不报；是否确为书面，需看上报文件本身。',
    en: 'A callback row recording a customer problem must say under 解决情况 that it was solved or escalated in writing (a document or text to the boss or 马总); blank means neither handled nor validly escalated. "It must be a document or text, otherwise it is invalid": an escalation recorded as oral (口头, by phone, face to face) does not count and is a breach; one that also went in writing, as text, WeChat, SMS or e-mail is fine. A bare "escalated" shows no form and is not reported; whether it really was written needs the document itself.',
  },
  escalateTo: ['上司', '马总'],
  records: { filled: ['openQuestion'] },
  params: {
    scope: 'contact',
    fields: [
      {
        field: 'resolution',
        invalidWords: ['口头', '电话告知', '电话汇报', '电话报告', '电话通知', '电话反映', '电话请示', '打电话', '当面', '面告', '面谈', '口述'],
        unless: ['书面', '文件', '文字', '微信', '短信', '邮件', 'QQ', '报告单', '签呈'],
      },
    ],
  },
};
