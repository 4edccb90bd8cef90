import type { RuleInput } from '../../../profile/schema';

/** 000-1-3.2-ISSUE-REC: the handling and the customer's feedback on important issues are recorded. */
export const rule: RuleInput = {
  id: '000-1-3.2-ISSUE-REC',
  kind: 'required-fields',
  title: { zh: '重要问题记录处理过程和顾客反馈意见', en: 'Handling and customer feedback of important issues recorded' },
  short: { zh: '处理记录', en: 'handling record' },
  modality: 'M',
  citation: { clause: '3、(2) 顾客问询', lines: 'L25', quote: '需记录处理过程及顾客的反馈意见,并汇总到技术业务部保存' },
  reading: {
    zh: '标为重要的问询（是否重要问题为 是/重要/√），须填写处理过程和顾客反馈意见。是否汇总到技术业务部保存，台账看不出。',
    en: 'Inquiries marked important (是/重要/√) need the handling (处理过程) and the customer\'s feedback (顾客反馈意见) recorded. Whether they were filed with 技术业务部 is not visible in a ledger.',
  },
  escalateTo: ['技术业务部'],
  records: { flag: { field: 'importance', values: ['是', '重要', '√', 'Y', 'y'] } },
  params: { scope: 'contact', fields: [{ field: 'resolution' }, { field: 'feedback' }] },
};
