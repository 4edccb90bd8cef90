import type { RuleInput } from '../../../profile/schema';

/** 002-1-8-OPEN-Q: a question not answered during a callback is answered by the next one. */
export const rule: RuleInput = {
  id: '002-1-8-OPEN-Q',
  kind: 'open-question',
  title: { zh: '未能当场答复的问题下次回访时答复', en: 'Open questions answered by the next callback' },
  short: { zh: '问题未答复', en: 'question unanswered' },
  modality: 'M',
  citation: { clause: '第8条', lines: 'L10', quote: '如果遇到当时不能回答的问题,应仔细的记录,找专人给予解答或下次给予答复' },
  reading: {
    zh: '一行记录了"存在的问题"而"处理结果"为空，即为未答复的问题；下一次成功回访那一行的"处理结果"仍为空则违规。还没有下一次回访时不报。需要"存在的问题"和"处理结果"两列。',
    en: 'A row with an open question (存在的问题) and no resolution (处理结果) is an unanswered question; it is a violation when the next successful contact\'s row still has no resolution. Nothing is reported before the next contact. Needs both columns.',
  },
  params: {},
};
