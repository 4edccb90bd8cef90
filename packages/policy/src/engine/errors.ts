/**
 * Messages of the errors that stop a whole check because the ledger's columns do not fit the
 * profile (exit 2 on the command line); the engine maps the columns, so they live here. They say what is
 * wrong in the ledger's own words and no program's options: the command line adds how to fix it
 * with its flags (CLI_HINTS in packages/cli), the add-in shows its column editor.
 */
import type { MessageTable } from '../errors';

export const ENGINE_ERRORS = {
  'no-header': {
    zh: '工作表「{sheet}」找不到表头行：前 {scanned} 行中没有一行包含至少两个可识别的列名（如 客户编号、客户名称、回访时间）。第一行是：{headers}。列名不同时，请指定各列对应的字段；表格没有表头行时，请先在数据上方加一行列名。',
    en: 'Sheet "{sheet}": no header row found: none of the first {scanned} rows has at least two known column names (such as 客户编号, 客户名称, 回访时间). The first row is: {headers}. Map differently named columns to their fields; a sheet without a header row needs one added above the data.',
  },
  'missing-column': {
    zh: '工作表「{sheet}」缺少必需的列「{field}」（{synonyms}）。找到的列名：{headers}。如该列另有名称，请指定它为「{field}」。',
    en: 'Sheet "{sheet}" has no column for "{fieldEn}" ({synonyms}), which profile {profile} cannot do without. Headers found: {headers}. If the column has another name, map it to "{fieldEn}".',
  },
  'duplicate-header': {
    zh: '工作表「{sheet}」有两列表头都是「{header}」（{first} 列和 {second} 列），无法判断哪一列是「{fieldZh}」。请改掉其中一列的表头，或指定要检查的是 {first} 列还是 {second} 列。',
    en: 'Sheet "{sheet}" has two columns headed "{header}" (columns {first} and {second}); which one is the {fieldEn} cannot be told. Rename one of them, or choose column {first} or {second} for it.',
  },
  'unknown-field': {
    zh: '未知字段「{field}」。可用字段：{fields}。',
    en: 'Unknown field "{field}". Known fields: {fields}.',
  },
  'override-not-found': {
    zh: '指定给字段 {field} 的列「{header}」不存在：表头中没有这个列名，也不是表格内的列字母。找到的列名：{headers}。',
    en: 'The column "{header}" chosen for {field} does not exist: no header has that name and it is no column letter of the table. Headers found: {headers}.',
  },
} as const satisfies MessageTable;
