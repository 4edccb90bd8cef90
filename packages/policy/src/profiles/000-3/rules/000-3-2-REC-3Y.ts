import type { RuleInput } from '../../../profile/schema';

/** 000-3-2-REC-3Y: Callback records kept at least three years. */
export const rule: RuleInput = {
  id: '000-3-2-REC-3Y',
  kind: 'retention',
  title: { zh: '回访记录保存不少于三年', en: 'Callback records kept at least three years' },
  short: { zh: '记录保存3年', en: 'records 3 years' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第二条', lines: 'L47', quote: '客户回访记录的保存不得少于三年,其中电话回访的语音记录可以定期刻录成光盘保存' },
  reading: {
    zh: '每条回访记录自回访日起保存三年（三周年当天仍在期内）；“记录销毁日期”早于期满即提前销毁。电话录音可刻录成光盘保存，录音的保存见 000-3-6.1-AUDIO-3Y。',
    en: 'Each callback record is kept three years from the callback (the third anniversary still inside); a destruction date before that is early destruction. Recordings may be burned to disc; their retention is 000-3-6.1-AUDIO-3Y.',
  },
  params: { date: 'contactAt', years: 3, months: 0, deletedField: 'deletedAt', renew: 'record' },
};
