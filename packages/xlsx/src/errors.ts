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
  | 'not-a-file'
  | 'empty-file'
  | 'legacy-xls'
  | 'encrypted-xlsx'
  | 'unsupported-workbook'
  | 'not-a-spreadsheet'
  | 'binary-file'
  | 'corrupt-xlsx'
  | 'xlsx-too-large'
  | 'file-too-large'
  | 'workbook-file-too-large'
  | 'sheet-too-large'
  | 'sheet-too-large-for-memory'
  | 'xlsx-read-failed'
  | 'csv-unterminated-quote'
  | 'csv-too-wide'
  | 'sheet-not-found'
  | 'sheet-empty'
  | 'no-ledger-sheet'
  | 'no-data'
  | 'annotate-needs-xlsx'
  | 'annotation-target-not-empty'
  | 'annotation-no-room'
  | 'annotate-too-large'
  | 'annotate-stream-unsupported'
  | 'annotation-sheet-exists'
  | 'annotation-plan-invalid'
  | 'annotation-state-invalid'
  | 'write-failed'
  | 'target-read-only'
  | 'target-hard-linked'
  | 'source-changed';

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
  'not-a-file': {
    zh: '{file} 不是普通文件，而是{kind}，无法读取或写入。请指定一个普通文件（台账是 .xlsx 或 .csv 文件）。',
    en: '{file} is not a regular file but {kindEn}, so it cannot be read or written. Name a regular file (a ledger is an .xlsx or .csv file).',
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
  'xlsx-too-large': {
    zh: '{file} 解压后有 {size}，超过上限 {limit}（可能是“压缩炸弹”：很小的文件，解压后占满内存）。ledgerlint 在解压前就拒绝了它。若这确实是台账，请删除不需要的工作表，或另存为 .csv 后重试。',
    en: '{file} would inflate to {size}, more than the limit of {limit} (perhaps a "zip bomb": a small file that fills the memory when unpacked). It was refused before unpacking. If it really is a ledger, delete the sheets you do not need or save it as .csv and try again.',
  },
  'file-too-large': {
    zh: '{file} 有 {size}，超过文本台账的上限 {limit}。请按年份或月份拆分后分别检查。',
    en: '{file} is {size}, more than the limit of {limit} for a text ledger. Split it by year or month and check the parts one by one.',
  },
  'workbook-file-too-large': {
    zh: '{file} 有 {size}，超过工作簿文件的上限 {limit}，未读取。若这确实是台账，请删除不需要的工作表和图片，或按年份拆分后分别检查。',
    en: '{file} is {size}, more than the limit of {limit} for a workbook file; it was not read. If it really is a ledger, delete the sheets and pictures you do not need, or split it by year and check the parts.',
  },
  'sheet-too-large': {
    zh: '{file} 的工作表“{sheet}”的数据区域 {range} 有 {rows} 行 × {columns} 列 = {cells} 个单元格，超过上限 {limit} 个。这通常是远处的零星内容（例如误填在最后一行或最后一列的单元格）撑大了区域：请删除数据区域之外的行和列后重试，或用 --sheet 指定其他工作表。',
    en: 'Sheet "{sheet}" of {file} spans {range}: {rows} rows x {columns} columns = {cells} cells, more than the limit of {limit}. Usually a stray cell far away (in the last row or column) stretches the range: delete the rows and columns outside the data and try again, or choose another sheet with --sheet.',
  },
  'sheet-too-large-for-memory': {
    zh: '{file} 的工作表“{sheet}”有 {rows} 行 × {columns} 列，检查约需 {need} 内存，而本机 Node 只允许 {have}。请设置环境变量 NODE_OPTIONS=--max-old-space-size={mb} 后重试，或按年份、月份拆分台账后分别检查。',
    en: 'Sheet "{sheet}" of {file} has {rows} rows x {columns} columns; checking it needs about {need} of memory and Node allows {have} here. Set NODE_OPTIONS=--max-old-space-size={mb} and try again, or split the ledger by year or month and check the parts.',
  },
  'xlsx-read-failed': {
    zh: '无法读取工作簿 {file}（{reason}）。请在 Excel 中打开后另存为新的 .xlsx 或 .csv 再试。',
    en: 'Could not read the workbook {file} ({reason}). Open it in Excel, save it as a new .xlsx or .csv and try again.',
  },
  'csv-unterminated-quote': {
    zh: '{file} 第 {line} 行有一个没有闭合的双引号，其后的内容会被并入同一个单元格。请检查该行的引号。',
    en: '{file} has an unclosed double quote on line {line}; everything after it would run into one cell. Check the quotes on that line.',
  },
  'csv-too-wide': {
    zh: '{file} 第 {line} 行有超过 {limit} 个字段（Excel 最多 {limit} 列），这不像台账。请检查分隔符，或在 Excel 中打开后另存为 .xlsx。',
    en: '{file} has more than {limit} fields on line {line} (Excel has at most {limit} columns): this is no ledger. Check the separators, or open it in Excel and save it as .xlsx.',
  },
  'sheet-not-found': {
    zh: '{file} 中没有名为“{sheet}”的工作表。现有工作表：{sheets}',
    en: '{file} has no sheet named "{sheet}". Sheets: {sheets}',
  },
  'sheet-empty': {
    zh: '{file} 的工作表“{sheet}”是空的。',
    en: 'Sheet "{sheet}" in {file} is empty.',
  },
  'no-ledger-sheet': {
    zh: '{file} 中没有哪个工作表能作为台账检查。现有工作表：{sheets}。请用 --sheet 指定台账所在的工作表，列名不同时再用 --column 字段=列名 指定。第一个有数据的工作表的问题：{reasonZh}',
    en: 'No sheet of {file} can be checked as a ledger. Sheets: {sheets}. Choose the ledger with --sheet, and map differently named columns with --column field=header. The first sheet with data: {reasonEn}',
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
  'annotate-too-large': {
    zh: '{file} 太大，无法直接加标注：写入批注需要把整个工作簿读入内存，约需 {need}，而本机 Node 只允许 {have}。可以先用 check 命令查看结果；或设置环境变量 NODE_OPTIONS=--max-old-space-size={mb} 后重试；或按年份拆分台账后分别标注。',
    en: '{file} is too large to annotate: annotating holds the whole workbook in memory, about {need}, and Node allows {have} here. Use the check command to see the results; or set NODE_OPTIONS=--max-old-space-size={mb} and try again; or split the ledger by year and annotate the parts.',
  },
  'annotate-stream-unsupported': {
    zh: '无法为大型工作簿 {file} 的工作表“{sheet}”加标注或清除标注：{reason}。未做任何改动。可以先用 check 命令查看结果，或在 Excel 中另存一份后重试。',
    en: 'Cannot annotate or clear sheet "{sheet}" of the large workbook {file}: {reasonEn}. Nothing was changed. Use the check command to see the results, or save a copy in Excel and try again.',
  },
  'annotation-no-room': {
    zh: '{file} 的工作表“{sheet}”的数据已用到 Excel 的最后一列（XFD，第 16,384 列），右侧没有空白列可写入两列标注。请删除不用的列后重试，或改用 check 命令只查看结果。',
    en: 'Sheet "{sheet}" of {file} reaches Excel\'s last column (XFD, column 16,384): there are no blank columns to its right for the two annotation columns. Delete the columns you do not use and try again, or use the check command to see the results only.',
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
  'target-read-only': {
    zh: '{file} 是只读文件，ledgerlint 不会改写它，它保持原样。若确实要改写，请先取消它的只读属性；或另存一份。',
    en: '{file} is read-only; ledgerlint will not rewrite it, and it was left as it was. To rewrite it, make it writable first; or save a copy.',
  },
  'target-hard-linked': {
    zh: '{file} 还有另外 {others} 个名字（硬链接）指向同一个文件。替换它会让那些名字仍指向旧内容，因此没有改写，它保持原样。请另存一份。',
    en: '{file} has {others} other name(s) (hard links) for the same file. Replacing it would leave those names on the old content, so it was not rewritten and is unchanged. Save a copy instead.',
  },
  'source-changed': {
    zh: '{file} 在读取之后被修改过（可能您刚刚保存了它）。为免覆盖您的修改，没有改写它；本次的结果另存为 {kept}。请重新运行，以检查最新的内容。',
    en: '{file} changed after it was read (perhaps you just saved it). To keep your changes it was not rewritten; this run\'s result was saved as {kept}. Run again to check the latest version.',
  },
};

/**
 * Build a reader error from the message table.
 * @example throw readError('file-not-found', { file: 'ledger.xlsx' })
 */
export function readError(code: ReadErrorCode, params: MessageParams): LedgerlintError {
  return new LedgerlintError(READ_MESSAGES, code, params);
}

/**
 * A byte count as messages show it, rounded up to whole MiB.
 * @example mib(300 * 2 ** 20 + 1) // '301 MiB'
 */
export function mib(bytes: number): string {
  return `${Math.ceil(bytes / 2 ** 20).toLocaleString('en-US')} MiB`;
}
