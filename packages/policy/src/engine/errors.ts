/** Messages of the errors that stop a whole check (exit 2 on the command line). */
import type { MessageTable } from '../errors';

export const ENGINE_ERRORS: MessageTable = {
  'no-header': {
    zh: '工作表「{sheet}」找不到表头行：前 {scanned} 行中没有一行包含至少两个可识别的列名（如 客户编号、客户名称、回访时间）。第一行是：{headers}。可用 --column 字段=列名 指定。',
    en: 'Sheet "{sheet}": no header row found: none of the first {scanned} rows has at least two known column names (such as 客户编号, 客户名称, 回访时间). The first row is: {headers}. Use --column field=header to map columns.',
  },
  'missing-column': {
    zh: '工作表「{sheet}」缺少必需的列「{field}」（{synonyms}）。找到的列名：{headers}。如该列另有名称，请用 --column {key}=列名 指定。',
    en: 'Sheet "{sheet}" has no column for "{fieldEn}" ({synonyms}), which profile {profile} cannot do without. Headers found: {headers}. If the column has another name, use --column {key}=<header>.',
  },
  'duplicate-header': {
    zh: '工作表「{sheet}」有两列表头都是「{header}」（{first} 列和 {second} 列），无法判断哪一列是「{fieldZh}」。请改掉其中一列的表头，或用 --column {field}={first}（或 ={second}）指定要检查的那一列。',
    en: 'Sheet "{sheet}" has two columns headed "{header}" (columns {first} and {second}); which one is the {fieldEn} cannot be told. Rename one of them, or choose the column to check with --column {field}={first} (or ={second}).',
  },
  'unknown-field': {
    zh: '未知字段「{field}」。可用字段：{fields}。',
    en: 'Unknown field "{field}". Known fields: {fields}.',
  },
  'override-not-found': {
    zh: '--column {field}={header}：表头中没有名为「{header}」的列。找到的列名：{headers}。',
    en: '--column {field}={header}: there is no column "{header}". Headers found: {headers}.',
  },
  'bad-profile': {
    zh: '规则配置（profile）无效：{issues}',
    en: 'Invalid profile: {issues}',
  },
  'unknown-profile': {
    zh: '没有名为「{id}」的内置规则配置。可用：{ids}。',
    en: 'No built-in profile "{id}". Available: {ids}.',
  },
  'bad-as-of': {
    zh: '--as-of「{value}」不是有效的日期或时间，应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:mm（北京时间）。',
    en: '--as-of "{value}" is not a valid date or time; expected YYYY-MM-DD or YYYY-MM-DDTHH:mm (Asia/Shanghai).',
  },
};
