/**
 * Errors of a call made the wrong way: what was passed and what to pass instead. Apps meet these
 * while wiring the library in; a clerk never should.
 */
import type { MessageTable } from './message';

export const USAGE_ERRORS = {
  'profile-not-loaded': {
    zh: '规则 {rule} 没有经过加载：请传入内置档案编号（如 "002-1"）、getProfile(编号) 或 parseProfile(JSON) 的结果。',
    en: 'Rule {rule} was never loaded: pass a built-in profile id (such as "002-1"), getProfile(id) or the result of parseProfile(json).',
  },
  'profile-not-parsed': {
    zh: '传入的档案（{got}）不是加载过的档案：请传入内置档案编号（{ids}）、getProfile(编号) 或 parseProfile(JSON) 的结果。',
    en: 'The profile passed ({got}) is not a loaded profile: pass a built-in profile id ({ids}), getProfile(id) or the result of parseProfile(json).',
  },
  'not-a-table': {
    zh: '传入的表格（{got}）不是 Table：需要 { sheet, rows, formats? }，rows 为各行单元格的数组。',
    en: 'The table passed ({got}) is not a Table: expected { sheet, rows, formats? } with rows an array of rows of cells.',
  },
  'read-result-passed': {
    zh: '传入的是 readLedger() 的整个结果：请传入其中的 .table（或 .tables 中的一张表）。',
    en: 'The whole result of readLedger() was passed: pass its .table (or one of its .tables) instead.',
  },
} as const satisfies MessageTable;
