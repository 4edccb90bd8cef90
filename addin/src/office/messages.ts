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
  'record-invalid': {
    zh: '工作簿中 ledgerlint 的标注记录（隐藏工作表 ledgerlint_state）已损坏（{reason}），未作任何修改。',
    en: 'The record of ledgerlint\'s annotation in this workbook (the hidden sheet ledgerlint_state) is damaged ({reason}); nothing was changed.',
  },
  'summary-edited': {
    zh: '汇总表「{sheet}」在上次标注后被修改过。为免丢失您的修改，没有覆盖它；请把它改名后再标注。',
    en: 'The summary sheet "{sheet}" was edited after the last annotation. To keep your changes it was not overwritten; rename it and annotate again.',
  },
  'calls-edited': {
    zh: '待回访表「{sheet}」在上次标注后被修改过。为免丢失您的修改，没有覆盖它；请把它改名后再标注。',
    en: 'The call list sheet "{sheet}" was edited after the last annotation. To keep your changes it was not overwritten; rename it and annotate again.',
  },
  'cli-styles': {
    zh: '这次标注是命令行 ledgerlint 写的，它替您保存了 {count} 个单元格原来的格式（如边框），加载项无法还原这些格式，所以没有作任何修改。请用命令行 `ledgerlint clear` 清除后再在 Excel 中标注。',
    en: 'This annotation was written by the ledgerlint command line, which kept the earlier formats (such as borders) of {count} cells; the add-in cannot restore them, so nothing was changed. Clear it with `ledgerlint clear` first, then annotate in Excel.',
  },
  'merged-cells-unreadable': {
    zh: '工作表「{sheet}」第 {rows} 行（共 {count} 行）没有客户编号和客户名称，而紧挨着的上一行有：这通常是合并单元格（客户编号、名称向下合并到该客户的各行）。这台 Excel 不提供读取合并区域的接口（需要 ExcelApi 1.13：Microsoft 365 或 Excel 网页版），读到的这些行是空的，检查结果会和命令行的不同，所以没有检查。请更新 Excel；或者取消合并并向下填充：选中客户编号、名称所在的列 → 开始 › 合并后居中 › 取消单元格合并，再 开始 › 查找和选择 › 定位条件 › 空值，输入 = 并按 ↑ 键，按 Ctrl+Enter。如果这些单元格本来就空着（表示「同上」），同样向下填充。也可以用命令行 ledgerlint check 检查保存后的文件。',
    en: 'Rows {rowsEn} of sheet "{sheet}" ({count} in all) have no customer number and no customer name, while the row right above has one: these are usually merged cells (a customer\'s number and name merged down over its rows). This Excel has no way to read merged areas (that needs ExcelApi 1.13: Microsoft 365 or Excel on the web), so these rows read as blank and the check would differ from the command line\'s; nothing was checked. Update Excel, or unmerge and fill down: select the customer number and name columns → Home › Merge & Center › Unmerge Cells, then Home › Find & Select › Go To Special › Blanks, type = and press the up arrow, then Ctrl+Enter. Cells left blank to mean "same as above" want the same fill-down. Or check the saved file with `ledgerlint check`.',
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
