import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.4-SAMPLE: sample-confirmation communication recorded with what, who and when. */
export const rule: RuleInput = {
  id: '004-J-5.4-SAMPLE',
  kind: 'required-fields',
  title: { zh: '樣品確認溝通須記錄溝通情況、溝通人、時間', en: 'Sample confirmation: communication, person and time recorded' },
  short: { zh: '樣品溝通記錄', en: 'sample record' },
  modality: 'M',
  citation: { clause: '5.4', lines: 'L325-326', quote: '記錄溝通情況、溝通人、時間' },
  reading: {
    zh: '聯絡事項含“樣品”的聯絡須填寫溝通情況（聯絡結果）和溝通人（經辦人）；時間即該行的聯絡時間。',
    en: 'A contact whose matter mentions a sample needs what was communicated (the result) and who communicated (the staff member); the time is the row\'s contact time.',
  },
  records: { callbackTypes: ['樣品', '样品'] },
  params: { scope: 'contact', fields: [{ field: 'content' }, { field: 'performer' }] },
};
