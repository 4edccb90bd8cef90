import type { RuleInput } from '../../../profile/schema';

/** 002-3-5-ESCALATE: problems not answerable on the spot go to the supervising leader; the result goes back to the customer. */
export const rule: RuleInput = {
  id: '002-3-5-ESCALATE',
  kind: 'precondition',
  title: { zh: '当时不能答复的问题送主管领导批示后再反馈客户', en: 'Problems not answerable on the spot: leader\'s instruction first, then the result back to the customer' },
  short: { zh: '批示后反馈', en: 'instruction first' },
  modality: 'M',
  citation: { clause: '第5条', lines: 'L51', quote: '送交主管领导批示,最后将处理结果反馈给客户' },
  reading: {
    zh: '记录了客户反映问题的回访行，一旦写了「反馈客户日期」，就必须已有「领导批示日期」且不晚于反馈：先批示、后反馈。没有批示就反馈，或批示在反馈之后，都是违规。何时必须反馈条文只说“及时”，没有期限，不检查未反馈的行；当场解决的问题不必填这三栏。',
    en: 'On a callback row recording a customer problem, once a date of feedback to the customer is filled, a leader\'s instruction date must exist on or before it: instruction first, feedback after. Feedback without an instruction, or an instruction after the feedback, is a breach. When feedback is due the text only says "promptly", so rows without feedback are not checked; problems solved on the spot need none of these columns.',
  },
  escalateTo: ['主管领导'],
  records: { filled: ['openQuestion'] },
  params: { action: 'feedbackAt', requires: 'instructedAt' },
};
