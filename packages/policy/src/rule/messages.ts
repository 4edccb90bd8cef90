/** Messages every kind may emit, and the engine's own (a missing column, an unreadable cell, a doubtful customer key). */
import type { Messages } from './kind';

/** Messages that do not belong to one rule kind. */
export const GENERIC_MESSAGES = {
  'missing-column': {
    zh: '「{rule}」无法检查：台账没有「{column}」列。',
    en: '"{rule}" cannot be checked: the ledger has no "{column}" column.',
  },
  'as-of-before-ledger': {
    zh: '检查时点 {asOf} 早于台账最早的日期 {first}（第 {firstRow} 行「{firstColumn}」）：之后才到期的回访都不会被判为逾期或即将到期。是否应为 {first} 之后的日期，例如台账最晚的日期 {last}？',
    en: 'The check time {asOf} is before the ledger\'s first date {first} (row {firstRow}, "{firstColumn}"): nothing due after it is judged overdue or due soon. Did you mean a date after {first}, such as the ledger\'s last date {last}?',
  },
  'unsure-contact': {
    zh: '「{rule}」无法判断：第 {row} 行可能就是本规则要求的回访，但它的「{column}」“{value}”读不出；改正该单元格后再查。',
    en: '"{rule}" indeterminate: row {row} may be the contact this rule asks for, but its "{column}" ("{value}") cannot be read; correct that cell and check again.',
  },
  'customer-key': {
    zh: '客户按「{column}」列（{letter} 列）区分，{rows} 行只得到 {customers} 位客户；「{other}」列（{otherLetter} 列）有 {otherCount} 个不同的值。如果每行是一位客户，请把客户列改为「{other}」（命令行：--column {field}={other}；加载项：在「列对应」中把「{fieldZh}」选为该列），再检查；如果「{column}」确实是客户，可忽略本条。改正之前，按客户给出的结论可能把几位客户的记录混在一起。',
    en: 'Customers are told apart by "{column}" (column {letter}): {rows} rows give only {customers} customers, while "{other}" (column {otherLetter}) has {otherCount} different values. If each row is a customer, map the customer to "{other}" (command line: --column {field}={other}; add-in: set {fieldEn} to it under Columns) and check again; if "{column}" really is the customer, ignore this. Until then, per-customer verdicts may mix several customers\' rows.',
  },
  invalid: {
    zh: '第 {row} 行「{column}」（{letter} 列）：{quoted} {problem}，应为{expected}。{hint}',
    en: 'Row {row}, "{column}" (column {letter}): {quoted} {problemEn}; expected {expectedEn}.{hintEn}',
  },
} as const satisfies Messages;

/** The id of a message every kind may emit. */
export type GenericMessageId = keyof typeof GENERIC_MESSAGES;
