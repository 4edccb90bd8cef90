import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.8.1-COMPLAINT: a complaint form marked 處理完畢 goes back to the customer for confirmation. */
export const rule: RuleInput = {
  id: '004-J-5.8.1-COMPLAINT',
  kind: 'required-fields',
  title: { zh: '客戶抱怨及退貨：處理完畢的說明交客戶確認', en: 'Complaints and returns: the completed complaint form is confirmed by the customer' },
  short: { zh: '投訴客戶確認', en: 'complaint confirmed' },
  modality: 'M',
  citation: { clause: '5.8.1', lines: 'L335', quote: '并由發貨部將處理完畢之<客戶投訴貨物料情況說明>交客戶確認' },
  reading: {
    zh: '抱怨或退貨記錄在<客戶投訴貨物料情況說明>中，交副總按《糾正與預防管理程序》處理，“處理完畢”的說明交客戶確認。台賬上：聯絡事項含“投訴/抱怨/退貨”、處理狀態（或處理結果）寫明處理完畢（處理完畢、處理完成、已處理、結案、已完成，寫“未”的不算）的行，須有客戶確認日期。觸發條件是文件的“處理完畢”，不是改善情況是否已填（改善措施可能早於處理完畢，也可能沒有）。台賬沒有處理狀態一欄時，看不出哪些投訴已處理完畢，報一次“無法判斷”。尚在處理中的投訴不算違規；說明編號另見 004-J-5.8.1-XREF。',
    en: 'A complaint or return is logged on the complaint form, passed to the deputy GM under the corrective-action procedure, and the form, once "處理完畢" (handling completed), is confirmed by the customer. In the ledger: a row whose matter mentions a complaint or return and whose handling status (or handling result) says it is completed (處理完畢, 處理完成, 已處理, 結案, 已完成; not with 未) needs the customer\'s confirmation date. The trigger is the document\'s "completed", not whether an improvement is filled in (a corrective action may come before completion, or there may be none). A ledger without a handling-status column cannot show which complaints are completed: that is reported once as indeterminate. A complaint still being handled is not a breach; the form number is 004-J-5.8.1-XREF.',
  },
  escalateTo: ['副總'],
  records: {
      callbackTypes: ['投訴', '投诉', '抱怨', '退貨', '退货'],
      mentions: { field: 'handlingStatus', words: ['處理完畢', '处理完毕', '處理完成', '处理完成', '已處理', '已处理', '結案', '结案', '已完成'], except: ['未'] },
    },
  params: {
    scope: 'contact',
    fields: [{ field: 'customerConfirmedAt' }],
  },
};
