import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.8.1-XREF: the complaint form's number is recorded for tracking. */
export const rule: RuleInput = {
  id: '004-J-5.8.1-XREF',
  kind: 'required-fields',
  title: { zh: '在客戶原始傳真中記錄投訴說明編號', en: 'Complaint-form number recorded on the customer\'s original fax' },
  short: { zh: '投訴單編號', en: 'complaint form no.' },
  modality: 'M',
  citation: { clause: '5.8.1', lines: 'L335', quote: '并在客戶原始傳真中記錄<客戶投訴貨物料情況說明>編號,以利追蹤' },
  reading: {
    zh: '聯絡事項含“投訴/抱怨/退貨”的每一行須填寫<客戶投訴貨物料情況說明>的編號（單據編號），以便追蹤。原始傳真上是否也寫了，台賬看不到。',
    en: 'Every row whose matter mentions a complaint or return needs the number of the complaint form (form number), for tracking. Whether the original fax also carries it is not visible in a ledger.',
  },
  records: { callbackTypes: ['投訴', '投诉', '抱怨', '退貨', '退货'] },
  params: { scope: 'contact', fields: [{ field: 'formNo' }] },
};
