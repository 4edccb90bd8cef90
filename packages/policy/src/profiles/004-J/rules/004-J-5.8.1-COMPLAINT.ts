import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.8.1-COMPLAINT: a handled complaint form goes back to the customer for confirmation. */
export const rule: RuleInput = {
  id: '004-J-5.8.1-COMPLAINT',
  kind: 'required-fields',
  title: { zh: '客戶抱怨及退貨：處理完畢的說明交客戶確認', en: 'Complaints and returns: the completed complaint form is confirmed by the customer' },
  short: { zh: '投訴客戶確認', en: 'complaint confirmed' },
  modality: 'M',
  citation: { file: '004_b18771e288959c8e.txt', section: '客戶溝通管理程序 5.8.1', lines: 'L334-335', quote: '由發貨部依客戶傳真或電話將客戶抱怨情況…記錄在<客戶投訴貨物料情況說明>中交由副總' },
  reading: {
    zh: '抱怨或退貨記錄在<客戶投訴貨物料情況說明>中，交副總按《糾正與預防管理程序》處理，處理完畢後交客戶確認。台賬上：聯絡事項含“投訴/抱怨/退貨”且已填改善情況（糾正措施）的行，須有客戶確認日期。尚在處理中的投訴不算違規；說明編號另見 004-J-5.8.1-XREF。',
    en: 'A complaint or return is logged on the complaint form, passed to the deputy GM under the corrective-action procedure, and the completed form is confirmed by the customer. In the ledger: a row whose matter mentions a complaint or return and whose improvement (corrective action) is filled needs the customer\'s confirmation date. A complaint still being handled is not a breach; the form number is 004-J-5.8.1-XREF.',
  },
  escalateTo: ['副總'],
  params: { scope: 'contact', only: { callbackTypes: ['投訴', '投诉', '抱怨', '退貨', '退货'], filled: ['improvement'] }, fields: [{ field: 'customerConfirmedAt' }] },
};
