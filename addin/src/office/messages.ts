/** The adapter's own errors: codes with zh/en texts, rendered like the library's (no stack traces). */
import { LedgerlintError, type MessageParams } from '@ledgerlint/policy';

export const ADDIN_ERRORS = {
  'no-excel': {
    zh: '这台 Excel 不支持本加载项所需的 ExcelApi {minimum}（Office 2016 及以上）。',
    en: 'This Excel does not support ExcelApi {minimum}, which the add-in needs (Office 2016 or later).',
  },
  'empty-sheet': {
    zh: '工作表「{sheet}」是空的：请打开台账所在的工作表再检查。',
    en: 'Sheet "{sheet}" is empty: open the sheet that holds the ledger and check again.',
  },
  'range-too-big': {
    zh: '工作表「{sheet}」的已用区域有 {cells} 个单元格，超过了 Excel 一次可读取的上限（{limit}）。请把台账拆分到多个工作表。',
    en: 'The used range of sheet "{sheet}" has {cells} cells, more than Excel can read ({limit}). Split the ledger over several sheets.',
  },
  'sheet-protected': {
    zh: '工作表「{sheet}」受保护，无法写入标注。请先撤销工作表保护（审阅 → 撤销工作表保护），再点「{action}」。',
    en: 'Sheet "{sheet}" is protected, so nothing can be written. Unprotect it (Review → Unprotect Sheet) and click "{actionEn}" again.',
  },
  'summary-sheet-exists': {
    zh: '工作簿里已有一个名为「{sheet}」的工作表，不是本工具建的。请改名后再标注。',
    en: 'The workbook already has a sheet named "{sheet}" that ledgerlint did not create. Rename it and annotate again.',
  },
  'not-annotated': {
    zh: '这个工作簿没有 ledgerlint 的标注，无需清除。',
    en: 'This workbook carries no ledgerlint annotation; nothing to clear.',
  },
  'state-invalid': {
    zh: '工作簿中保存的 ledgerlint 设置已损坏（{reason}），未作任何修改。',
    en: 'The ledgerlint settings stored in this workbook are damaged ({reason}); nothing was changed.',
  },
  'annotation-moved': {
    zh: '工作表「{sheet}」第 {row} 行的 {cell} 不再是本工具的表头（列可能被插入或移动过）。为免误删您的数据，没有清除这两列；请手动删除「{header}」两列。',
    en: 'Cell {cell} on sheet "{sheet}" (row {row}) no longer holds ledgerlint\'s header (columns may have been inserted or moved). To keep your data safe the two columns were not cleared; delete the "{header}" columns by hand.',
  },
  cancelled: {
    zh: '已取消，工作簿没有被修改。',
    en: 'Cancelled; the workbook was not changed.',
  },
  'excel-failed': {
    zh: 'Excel 报告了一个错误（{code}）：{reason}',
    en: 'Excel reported an error ({code}): {reason}',
  },
  'write-too-big': {
    zh: '要写入的内容在一次请求中放不下（单元格 {cell}）。',
    en: 'What has to be written does not fit in one request (cell {cell}).',
  },
} as const;

export type AddinErrorCode = keyof typeof ADDIN_ERRORS;

export function addinError(code: AddinErrorCode, params: MessageParams = {}): LedgerlintError {
  return new LedgerlintError(ADDIN_ERRORS, code, params);
}
