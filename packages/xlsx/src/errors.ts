/**
 * Errors the file readers raise. Like every LedgerlintError they are data: a stable `code`, the
 * `params` (always `file`, the path or name the caller gave), and zh/en texts rendered from this
 * table. Nothing here prints.
 */
import { LedgerlintError, type MessageParams, type MessageTable } from '@ledgerlint/policy';

/** Every code `@ledgerlint/xlsx` can throw. */
export type ReadErrorCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'empty-file'
  | 'legacy-xls'
  | 'encrypted-xlsx'
  | 'unsupported-workbook'
  | 'not-a-spreadsheet'
  | 'binary-file'
  | 'corrupt-xlsx'
  | 'xlsx-read-failed'
  | 'csv-unterminated-quote'
  | 'sheet-not-found'
  | 'sheet-empty'
  | 'no-data'
  | 'annotate-needs-xlsx'
  | 'annotation-target-not-empty'
  | 'annotation-sheet-exists'
  | 'annotation-plan-invalid'
  | 'annotation-state-invalid'
  | 'write-failed';

/** zh/en texts for {@link ReadErrorCode}; `{file}` is the path or name the caller passed. */
export const READ_MESSAGES: MessageTable = {
  'file-not-found': {
    zh: '找不到文件：{file}',
    en: 'File not found: {file}',
  },
  'file-unreadable': {
    zh: '无法读取文件 {file}（{reason}：可能是文件夹、没有读取权限或正被其他程序占用）。',
    en: 'Cannot read {file} ({reason}: it may be a folder, lack read permission or be locked by another program).',
  },
  'empty-file': {
    zh: '文件 {file} 是空的（0 字节）。请确认文件已完整保存或下载。',
    en: '{file} is empty (0 bytes). Check that it was saved or downloaded completely.',
  },
  'legacy-xls': {
    zh: '{file} 是旧版 Excel 97-2003 工作簿（.xls）或 WPS .et 文件，无法直接读取。请在 Excel 或 WPS 中打开，另存为 .xlsx 或 .csv 后重试。',
    en: '{file} is a legacy Excel 97-2003 workbook (.xls) or a WPS .et file, which cannot be read. Open it in Excel or WPS and save it as .xlsx or .csv, then try again.',
  },
  'encrypted-xlsx': {
    zh: '{file} 设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后另存一份再检查。',
    en: '{file} is password-protected (encrypted) and cannot be read. Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password) and save a copy to check.',
  },
  'unsupported-workbook': {
    zh: '{file} 是 {format} 格式的工作簿，暂不支持。请另存为 .xlsx 或 .csv 后重试。',
    en: '{file} is a {format} workbook, which is not supported. Save it as .xlsx or .csv and try again.',
  },
  'not-a-spreadsheet': {
    zh: '{file} 不是电子表格（内容看起来是 {detected}）。请在 Excel 中打开台账并另存为 .xlsx 或 .csv。',
    en: '{file} is not a spreadsheet (its content looks like {detected}). Open the ledger in Excel and save it as .xlsx or .csv.',
  },
  'binary-file': {
    zh: '{file} 含有二进制数据，既不是 .xlsx 工作簿，也不是 CSV 文本文件。',
    en: '{file} contains binary data: it is neither an .xlsx workbook nor a CSV text file.',
  },
  'corrupt-xlsx': {
    zh: '{file} 已损坏或不完整（压缩包结构有误，可能下载或复制时被截断）。请重新获取原文件，或在 Excel 中打开修复后另存为 .xlsx。',
    en: '{file} is corrupt or incomplete (its zip structure is damaged, perhaps truncated while downloading or copying). Get the original again, or open and repair it in Excel and save it as .xlsx.',
  },
  'xlsx-read-failed': {
    zh: '无法读取工作簿 {file}（{reason}）。请在 Excel 中打开后另存为新的 .xlsx 或 .csv 再试。',
    en: 'Could not read the workbook {file} ({reason}). Open it in Excel, save it as a new .xlsx or .csv and try again.',
  },
  'csv-unterminated-quote': {
    zh: '{file} 第 {line} 行有一个没有闭合的双引号，其后的内容会被并入同一个单元格。请检查该行的引号。',
    en: '{file} has an unclosed double quote on line {line}; everything after it would run into one cell. Check the quotes on that line.',
  },
  'sheet-not-found': {
    zh: '{file} 中没有名为“{sheet}”的工作表。现有工作表：{sheets}',
    en: '{file} has no sheet named "{sheet}". Sheets: {sheets}',
  },
  'sheet-empty': {
    zh: '{file} 的工作表“{sheet}”是空的。',
    en: 'Sheet "{sheet}" in {file} is empty.',
  },
  'no-data': {
    zh: '{file} 中没有任何数据（所有工作表都是空的）。',
    en: '{file} contains no data (every sheet is empty).',
  },
  'annotate-needs-xlsx': {
    zh: '只能在 .xlsx 工作簿中直接加标注，{file} 是 {format}。请先在 Excel 中另存为 .xlsx。',
    en: 'Annotations can only be added to an .xlsx workbook; {file} is {format}. Save it as .xlsx in Excel first.',
  },
  'annotation-target-not-empty': {
    zh: '无法在 {file} 的工作表“{sheet}”中加入标注列：单元格 {cell} 已有{what}。ledgerlint 只写入数据右侧的空白列，绝不覆盖您的内容；请清空或移走该单元格后重试。',
    en: 'Cannot add the annotation columns to sheet "{sheet}" of {file}: cell {cell} holds {whatEn}. ledgerlint only writes into blank columns right of your data and never overwrites your cells; clear or move that cell and try again.',
  },
  'annotation-sheet-exists': {
    zh: '{file} 中已有名为“{sheet}”的工作表，ledgerlint 不会覆盖它。请将其改名后重试。',
    en: '{file} already has a sheet named "{sheet}", which ledgerlint will not overwrite. Rename it and try again.',
  },
  'annotation-plan-invalid': {
    zh: '{file} 的标注计划无效（{reason}），未做任何改动。',
    en: 'The annotation plan for {file} is invalid ({reason}); nothing was changed.',
  },
  'annotation-state-invalid': {
    zh: '{file} 中的 ledgerlint 标注记录（隐藏工作表 ledgerlint_state）已损坏（{reason}），无法安全地清除或更新标注。',
    en: 'The ledgerlint annotation record in {file} (the hidden sheet ledgerlint_state) is damaged ({reason}); the annotation cannot be cleared or replaced safely.',
  },
  'write-failed': {
    zh: '无法写入 {file}（{reason}：可能正被 Excel 或 WPS 打开、没有写入权限或磁盘已满）。目标文件保持原样，没有写入半截内容。',
    en: 'Could not write {file} ({reason}: it may be open in Excel or WPS, lack write permission, or the disk may be full). The target was left as it was, never half-written.',
  },
};

/**
 * Build a reader error from the message table.
 * @example throw readError('file-not-found', { file: 'ledger.xlsx' })
 */
export function readError(code: ReadErrorCode, params: MessageParams): LedgerlintError {
  return new LedgerlintError(READ_MESSAGES, code, params);
}
