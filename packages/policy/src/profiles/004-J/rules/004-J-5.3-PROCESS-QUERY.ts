import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.3-PROCESS-QUERY: a process-design query is recorded and signed by the contact person. */
export const rule: RuleInput = {
  id: '004-J-5.3-PROCESS-QUERY',
  kind: 'required-fields',
  title: { zh: '工藝疑問聯絡結果記錄在工藝資料中並由聯絡人簽名認可', en: 'Process-design queries recorded and signed by the contact person' },
  short: { zh: '工藝聯絡記錄', en: 'process query record' },
  modality: 'M',
  citation: { clause: '5.3', lines: 'L323-324', quote: '并由聯絡人簽名認可' },
  reading: {
    zh: '聯絡事項含“工藝”的聯絡須填寫聯絡結果和聯絡人（簽名）。台賬只能看到簽名欄是否填寫，看不到簽名真偽。',
    en: 'A contact whose matter mentions process design needs its result and the contact person (the signature). A ledger shows whether the signature cell is filled, not whether it is genuine.',
  },
  records: { callbackTypes: ['工藝', '工艺'] },
  params: { scope: 'contact', fields: [{ field: 'content' }, { field: 'contactPerson' }] },
};
