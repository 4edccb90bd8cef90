/**
 * The annotation plan: what to add to the clerk's sheet, as plain data any writer can apply
 * (exceljs in packages/xlsx, Office.js in addin/). It never targets a cell the clerk wrote: it adds
 * two columns to the right of the data, conditional formats, notes on its own cells, and a sheet.
 */
import type { Report } from '../engine/evaluate';
import { ANNOTATE_ERRORS } from './errors';
import { LedgerlintError } from '../errors';
import type { Finding } from '../rule/finding';
import type { Profile } from '../profile/schema';
import { renderFinding } from '../report/messages';
import { todoDueText, todoItems, todoStateWords, WORK_QUEUE_DAYS, type TodoItem } from '../report/work-queue';
import { customerKeyField } from '../ledger/customer-key';
import { columnLetter } from '../table';
import { CALLS_TITLE, HEADER_MARKER, INVALID_HIGHLIGHT_FORMULA, SUMMARY_TITLE } from './record';

export const PLAN_VERSION = 1;

/**
 * How a row reads in the status column, one colour each (cell.ts ANNOTATION_COLORS): `bad` (red)
 * a missed deadline or cadence; `due-soon` (amber) due today or within the lead time; `invalid`
 * (orange) an unreadable cell; `quiet` (grey) record-keeping issues and what cannot be judged;
 * `ok` nothing to do, or only a quota in progress (no colour).
 */
export type RowLevel = 'ok' | 'bad' | 'due-soon' | 'invalid' | 'quiet';

export interface PlannedRow {
  row: number;
  /**
   * One entry per rule, the most urgent first, each with its due date where it has one:
   * 正常 / 正常：下次应于 2025-03-12 前 / 逾期：H类3天，应于 2025-03-04 前 / 待办：… / 数据无效：… /
   * 记录不合规：… / 进行中：…
   */
  status: string;
  level: RowLevel;
  /** ISO date written as a real date cell, or null: only on a customer's latest row. */
  nextDue: string | null;
  /** The note on the status cell: each finding's message, its clause and quote. */
  note: string | null;
}

export interface Highlight {
  /** A1 ranges (space-separated) the format applies to. */
  ref: string;
  /** Formula relative to the top-left cell of the first range. */
  formula: string;
  style: 'bad' | 'due-soon' | 'invalid';
}

export interface SummarySheet {
  name: string;
  rows: (string | number | null)[][];
  /** Column widths in characters. */
  widths: number[];
}

/** The 待回访 sheet: the call list as of the check, each line linked to its row of the ledger. */
export interface CallsSheet extends SummarySheet {
  /**
   * For each of `rows`, the ledger row its link cell (column `linkColumn`) jumps to, or null: the
   * writers put `internalLinkFormula(target.sheet, target.column, row, text)` there, `text` being
   * the cell's value in `rows`.
   */
  links: (number | null)[];
  /** Column (1 = A) of the link cells. */
  linkColumn: number;
  /** Where a link lands: the checked sheet, and the first column of the clerk's data. */
  target: { sheet: string; column: number };
}

export interface AnnotationPlan {
  version: typeof PLAN_VERSION;
  sheet: string;
  profile: string;
  asOf: string;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  firstColumn: number;
  /** Sheet columns (1 = A) of the two added columns, right of the clerk's last column. */
  statusColumn: number;
  nextDueColumn: number;
  headers: { status: string; nextDue: string };
  rows: PlannedRow[];
  highlights: Highlight[];
  summary: SummarySheet;
  calls: CallsSheet;
}

/** The shape of the sheet the report came from. */
export interface SheetShape {
  /** Last column (1 = A) holding the clerk's data or header. */
  lastColumn: number;
  /** First column of the clerk's data (1 = A). */
  firstColumn?: number;
  /** Last row of the used range. */
  lastRow: number;
  /**
   * Where our two columns go, when not right of the clerk's last column: the empty columns a
   * previous annotation left (so a column the clerk added right of ours does not push ours on).
   */
  columns?: { status: number; nextDue: number };
}

export const SUMMARY_SHEET_NAME = 'ledgerlint汇总';
export const CALLS_SHEET_NAME = '待回访';
export const STATUS_HEADER = `回访状态${HEADER_MARKER}`;
export const NEXT_DUE_HEADER = `下次应办日期${HEADER_MARKER}`;
/** The header row of the 待回访 sheet's list; the last column holds the links. */
export const CALLS_HEADER = ['到期日 Due', '状态 State', '客户 Customer', '姓名 Name', '电话 Phone', '事项 What', '回访人 Performer', '行 Row'] as const;
/** Days ahead the 待回访 sheet lists (overdue items always). */
const CALLS_WITHIN_DAYS = WORK_QUEUE_DAYS;
/** Entries the status cell shows; the note has them all. */
const STATUS_ENTRIES = 3;

/** The colour family of a finding, before it becomes a row level. */
type Tone = 'red' | 'amber' | 'invalid' | 'quiet' | 'open';

/**
 * Red is for a deadline or cadence that was missed: overdue, or a late/violation finding that
 * missed a due date by a counted number of days (`dueAt` and `overdueDays`). A due date alone is
 * not enough: an event window's "called before the window opened" and "attempted, not reached"
 * carry the window's `dueAt` but missed nothing, and are record-keeping (quiet) like the content
 * length or a channel not allowed.
 */
function toneOf(f: Finding): Tone {
  switch (f.status as string) {
    case 'overdue':
      return 'red';
    case 'late':
    case 'violation':
      return f.dueAt !== undefined && f.overdueDays !== undefined ? 'red' : 'quiet';
    case 'due-soon':
      return 'amber';
    case 'invalid':
      return 'invalid';
    case 'open':
      return 'open';
    default:
      // indeterminate, not-configured, and any status added later: nothing alarming.
      return 'quiet';
  }
}

const TONE_LEVEL: Record<Tone, RowLevel> = { red: 'bad', amber: 'due-soon', invalid: 'invalid', quiet: 'quiet', open: 'ok' };

/**
 * The colour a finding gives its row (one meaning per colour, in every writer and the pane).
 * @example levelOfFinding({ status: 'overdue', … }) // 'bad'
 */
export function levelOfFinding(f: Finding): RowLevel {
  return TONE_LEVEL[toneOf(f)];
}

const TONE_RANK: Record<Tone, number> = { red: 0, amber: 1, invalid: 2, quiet: 3, open: 4 };
const STATUS_RANK: Record<string, number> = { overdue: 0, violation: 1, late: 2, 'due-soon': 0, invalid: 0, indeterminate: 1, 'not-configured': 2, open: 0 };
const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Most urgent first: colour family, status, severity, then the earliest due. */
function urgency(a: Finding, b: Finding): number {
  return (
    TONE_RANK[toneOf(a)] - TONE_RANK[toneOf(b)] ||
    (STATUS_RANK[a.status] ?? 3) - (STATUS_RANK[b.status] ?? 3) ||
    (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3) ||
    (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff')
  );
}

/**
 * The word an entry starts with. The red ones (逾期, 违规, 延迟完成) are exactly those the row's
 * red format looks for (`RED_WORDS`), so a record-keeping breach never reads 违规.
 */
function word(f: Finding): string {
  const tone = toneOf(f);
  switch (f.status as string) {
    case 'overdue':
      return '逾期';
    case 'late':
      return tone === 'red' ? '延迟完成' : '提醒';
    case 'violation':
      return tone === 'red' ? '违规' : f.severity === 'error' ? '记录不合规' : '提醒';
    case 'invalid':
      return '数据无效';
    case 'due-soon':
      return '待办';
    case 'open':
      return '进行中';
    case 'not-configured':
      return '未配置';
    default:
      return '无法判断';
  }
}
/** Always true, and our name: what marks a format of ours that holds none of our status words. */
const DUE_SOON_MARK = 'ISTEXT("ledgerlint")';
/** The first two characters of the red words, as the row's red format tests them. */
const RED_WORDS = ['逾期', '违规', '延迟'];

/** Periods a finding stands for: a run of missed periods is one finding (`missed.periods`). */
function periodsOf(f: Finding): number {
  const n = (f as { missed?: { periods?: unknown } }).missed?.periods;
  return typeof n === 'number' && n >= 1 ? n : 1;
}

/**
 * The status text of a row's findings: one entry per rule and word, the most urgent first, with
 * how many it stands for and its due date. A due date is stated, never "due soon" or "N days
 * overdue": the text is written once and read for days, while the row's colour follows TODAY();
 * "待办：…，应于 2025-03-12 前" stays true on 03-13, when the row has turned red. For the same reason
 * a customer's latest row names its next due date (`nextDue`) when no entry states one: its colour
 * follows that date, and "正常" alone would read wrong the day it turns red.
 */
function statusText(list: readonly Finding[], rules: ReadonlyMap<string, Profile['rules'][number]>, nextDue: string | null): string {
  const next = nextDue ? `下次应于 ${nextDue} 前` : '';
  if (list.length === 0) return next ? `正常：${next}` : '正常';
  const groups = new Map<string, Finding[]>();
  for (const f of list) {
    const key = `${word(f)}\u0000${f.ruleId}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  // `list` is sorted by urgency, so each group's first finding is its most urgent and earliest.
  const entries = [...groups.values()].map((g) => {
    const f = g[0];
    const count = g.reduce((n, x) => n + periodsOf(x), 0);
    const tone = toneOf(f);
    const due = f.dueAt && f.status !== 'late' && (tone === 'red' || tone === 'amber' || tone === 'open') ? `，应于 ${todoDueText(f.dueAt)} 前` : '';
    return `${word(f)}：${rules.get(f.ruleId)?.short.zh ?? f.ruleId}${count > 1 ? `（${count} 次）` : ''}${due}`;
  });
  const shown = entries.slice(0, STATUS_ENTRIES).join('；') + (entries.length > STATUS_ENTRIES ? `；另 ${entries.length - STATUS_ENTRIES} 项见批注` : '');
  const dated = list.some((f) => f.dueAt && f.status !== 'late' && toneOf(f) !== 'quiet' && toneOf(f) !== 'invalid');
  return next && !dated ? `${shown}；${next}` : shown;
}

/**
 * The formula of an internal link to a cell of the checked sheet, as every writer puts it into
 * the 待回访 sheet (a formula, not a hyperlink part: Excel, WPS, LibreOffice and Office.js all
 * take it the same way, and it needs no relationship part). Without the leading `=`.
 * @example internalLinkFormula('回访记录', 1, 5, '第 5 行') // 'HYPERLINK("#\'回访记录\'!A5","第 5 行")'
 */
export function internalLinkFormula(sheet: string, column: number, row: number, text: string): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'!${columnLetter(column)}${row}`;
  return `HYPERLINK("#${quoted.replace(/"/g, '""')}","${text.replace(/"/g, '""')}")`;
}

/**
 * Plan the annotation of a checked sheet. `calls`: the call list for the 待回访 sheet, as
 * `checkWithCalls`/`workQueue` give it (a week ahead, the same as `ledgerlint todo`); without it,
 * the list the report itself holds (overdue, due today, and what its lead time reaches).
 * @example const plan = planAnnotation(report, profile, { lastColumn: 12, lastRow: 40 }, '回访记录.xlsx')
 */
export function planAnnotation(report: Report, profile: Profile, shape: SheetShape, ledgerName: string, calls?: readonly TodoItem[]): AnnotationPlan {
  // A cell too long for Excel would be written back as it is (we never change a clerk's cell), and
  // Excel could not open the result: refuse, naming the first such cell.
  const long = report.findings.find((f) => f.messageId === 'invalid' && f.data.code === 'cell-too-long');
  if (long) throw new LedgerlintError(ANNOTATE_ERRORS, 'annotate-cell-too-long', { sheet: String(long.data.sheet), cell: `${long.columnLetter}${long.row}`, length: long.data.length });
  const headerRow = report.summary.headerRow;
  const statusColumn = shape.columns?.status ?? shape.lastColumn + 1;
  const nextDueColumn = shape.columns?.nextDue ?? shape.lastColumn + 2;
  const firstColumn = shape.firstColumn ?? 1;
  const rules = new Map(profile.rules.map((r) => [r.id, r]));

  const byRow = new Map<number, Finding[]>();
  for (const f of report.findings) if (f.row !== null) (byRow.get(f.row) ?? byRow.set(f.row, []).get(f.row)!).push(f);
  // A customer's next due date goes on its latest row only (`customers[].row`), never on older ones.
  const nextDue = new Map<number, string>();
  for (const c of report.customers) if (c.nextDue) nextDue.set(c.row, c.nextDue);

  const rows: PlannedRow[] = [];
  for (const row of report.recordRows) {
    const list = (byRow.get(row) ?? []).slice().sort(urgency);
    const due = nextDue.get(row) ?? null;
    if (list.length === 0) {
      rows.push({ row, status: statusText(list, rules, due), level: 'ok', nextDue: due, note: null });
      continue;
    }
    const note = list
      .map((f) => `【${f.ruleId}】${renderFinding(f, profile, 'zh')}\n依据：${profile.title.zh} ${f.citation.section}「${f.citation.quote}」`)
      .join('\n\n');
    rows.push({ row, status: statusText(list, rules, due), level: levelOfFinding(list[0]), nextDue: due, note });
  }

  const firstDataRow = headerRow + 1;
  const lastDataRow = Math.max(firstDataRow, shape.lastRow);
  const highlights = planHighlights(report, profile, { firstColumn, firstDataRow, lastDataRow, statusColumn, nextDueColumn, lastColumn: shape.lastColumn });
  // The call list as `ledgerlint todo` gives it (overdue and due today always, then 7 days ahead).
  const items = calls ?? todoItems(report, profile, CALLS_WITHIN_DAYS);

  return {
    version: PLAN_VERSION,
    sheet: report.sheet,
    profile: profile.id,
    asOf: report.asOf,
    headerRow,
    firstDataRow,
    lastDataRow,
    firstColumn,
    statusColumn,
    nextDueColumn,
    headers: { status: STATUS_HEADER, nextDue: NEXT_DUE_HEADER },
    rows,
    highlights,
    summary: summarySheet(report, profile, ledgerName, items),
    calls: callsSheet(report, profile, firstColumn, items),
  };
}

/**
 * The row formats. Red and amber follow TODAY() against the next-due date, so they stay true as
 * days pass; red also holds for a row whose status says a missed deadline (逾期/违规/延迟完成).
 * The live part holds only while the row is the customer's latest: once the clerk records a
 * newer contact of the customer (a row with the same customer and a later contact time, anywhere
 * in the sheet, rows added after the check too), the old row's next-due date is stale and does
 * not colour it. Where the contact time is not a date Excel knows (text), that test cannot be
 * made and the row is taken as the latest.
 */
function planHighlights(
  report: Report,
  profile: Profile,
  at: { firstColumn: number; firstDataRow: number; lastDataRow: number; statusColumn: number; nextDueColumn: number; lastColumn: number },
): Highlight[] {
  const r = at.firstDataRow;
  const s = `$${columnLetter(at.statusColumn)}${r}`;
  const d = `$${columnLetter(at.nextDueColumn)}${r}`;
  const fields = report.columnMap.fields;
  const keyField = customerKeyField(fields);
  const keyIndex = keyField === undefined ? undefined : fields[keyField];
  const timeIndex = fields.contactAt;
  let latest: string | undefined;
  if (keyIndex !== undefined && timeIndex !== undefined) {
    const k = columnLetter(at.firstColumn + keyIndex);
    const t = columnLetter(at.firstColumn + timeIndex);
    latest = `OR(NOT(ISNUMBER($${t}${r})),COUNTIFS($${k}$${r}:$${k}$1048576,$${k}${r},$${t}$${r}:$${t}$1048576,">"&$${t}${r})=0)`;
  }
  // IF, not AND: Excel's AND evaluates every argument, IF only the branch taken, so the count runs
  // on the rows that carry a next-due date (one per customer), not on every row.
  const live = (condition: string) => (latest ? `IF(ISNUMBER(${d}),AND(${condition},${latest}),FALSE)` : `AND(ISNUMBER(${d}),${condition})`);
  // The whole row is coloured, the clerk's columns right of ours too.
  const full = `${columnLetter(at.firstColumn)}${r}:${columnLetter(Math.max(at.nextDueColumn, at.lastColumn))}${at.lastDataRow}`;
  const highlights: Highlight[] = [
    { ref: full, formula: `OR(${RED_WORDS.map((w) => `LEFT(${s},2)="${w}"`).join(',')},${live(`${d}<TODAY()`)})`, style: 'bad' },
    // The amber one holds none of our status words: our name (always true) tells it from a clerk's
    // own "due within N days" rule, whatever columns either refers to.
    { ref: full, formula: `AND(${DUE_SOON_MARK},${live(`${d}>=TODAY(),${d}-TODAY()<=${profile.dueSoonDays}`)})`, style: 'due-soon' },
  ];
  const invalid = report.findings.filter((f) => f.status === 'invalid' && f.row !== null && f.columnLetter).map((f) => `${f.columnLetter}${f.row}`);
  if (invalid.length) highlights.push({ ref: [...new Set(invalid)].join(' '), formula: INVALID_HIGHLIGHT_FORMULA, style: 'invalid' });
  return highlights;
}

/**
 * The 待回访 sheet: the call list as `ledgerlint todo` gives it (overdue, due today and due within
 * 7 days, sorted by due), computed here so that every writer writes the same rows.
 */
function callsSheet(report: Report, profile: Profile, firstColumn: number, items: readonly TodoItem[]): CallsSheet {
  // The title alone in A1 (how a renamed sheet is found) and what the list is in A2, each free to
  // run over the empty cells to its right; the header after a blank row, as the writers bold it.
  const rows: (string | number | null)[][] = [[CALLS_TITLE], [`截至 ${report.asOf.slice(0, 16).replace('T', ' ')}（北京时间）· ${profile.id} ${profile.title.zh}`], [], [...CALLS_HEADER]];
  const links: (number | null)[] = rows.map(() => null);
  for (const o of items) {
    rows.push([
      todoDueText(o.dueAt),
      todoStateWords(o, report.asOf).zh,
      o.customer ?? '全表',
      o.customerName,
      o.phone,
      o.what.zh,
      o.performer,
      o.row === null ? null : `第 ${o.row} 行`,
    ]);
    links.push(o.row);
  }
  if (items.length === 0) {
    rows.push([`没有逾期、今天到期或 ${CALLS_WITHIN_DAYS} 天内到期的事项 / nothing overdue or due within ${CALLS_WITHIN_DAYS} days`]);
    links.push(null);
  }
  return { name: CALLS_SHEET_NAME, rows, widths: [17, 12, 14, 10, 14, 40, 16, 10], links, linkColumn: CALLS_HEADER.length, target: { sheet: report.sheet, column: firstColumn } };
}

const STATUS_COLUMNS = ['overdue', 'late', 'violation', 'invalid', 'due-soon', 'open', 'indeterminate', 'not-configured'] as const;
const STATUS_NAMES: Record<string, string> = { overdue: '逾期', late: '延迟完成', violation: '违规', invalid: '数据无效', 'due-soon': '即将到期', open: '进行中', indeterminate: '无法判断', 'not-configured': '未配置' };
const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
const BREACHES: ReadonlySet<string> = new Set(['overdue', 'late', 'violation']);
/** Findings listed on the summary sheet at most; the status column has them all. */
export const SUMMARY_FINDINGS_LIMIT = 2000;
const NO_PERFORMER = '（未填回访人）';

/** An amount of yuan, or its range. */
const amount = (min: number, max: number): number | string => (min === max ? min : `${min}-${max}`);

/**
 * Per person: overdue and due-today items of the call list (by the performer on the customer's
 * latest row), breaches (customer findings by that same performer, others by who pays), and fines
 * by who pays them, as the fines table books them.
 */
function performerRows(report: Report, items: readonly TodoItem[]): (string | number)[][] {
  const table = new Map<string, { overdue: number; today: number; breaches: number; min: number; max: number }>();
  const slot = (name: string | null | undefined) => {
    const key = name || NO_PERFORMER;
    let t = table.get(key);
    if (!t) table.set(key, (t = { overdue: 0, today: 0, breaches: 0, min: 0, max: 0 }));
    return t;
  };
  for (const o of items) {
    if (o.state === 'overdue') slot(o.performer).overdue++;
    else if (o.state === 'due-today') slot(o.performer).today++;
  }
  const performer = new Map(report.customers.map((c) => [c.key, c.performer]));
  for (const f of report.findings) if (BREACHES.has(f.status)) slot(f.customer !== null ? (performer.get(f.customer) ?? f.payer) : f.payer).breaches++;
  for (const [payer, months] of Object.entries(report.summary.fines.byPayerMonth)) {
    const t = slot(payer === '责任人' ? null : payer);
    for (const m of Object.values(months)) {
      t.min += m.min;
      t.max += m.max;
    }
  }
  return [...table]
    .sort((a, b) => b[1].overdue - a[1].overdue || b[1].today - a[1].today || b[1].breaches - a[1].breaches || a[0].localeCompare(b[0], 'zh-CN'))
    .map(([name, t]) => [name, t.overdue, t.today, t.breaches, amount(t.min, t.max)]);
}

function summarySheet(report: Report, profile: Profile, ledgerName: string, items: readonly TodoItem[]): SummarySheet {
  const s = report.summary;
  const rows: (string | number | null)[][] = [
    [SUMMARY_TITLE],
    ['台账 Ledger', ledgerName],
    ['工作表 Sheet', report.sheet],
    ['规则配置 Profile', `${profile.id} ${profile.title.zh}`],
    // The regulation by its title and section: the seed's file name means nothing to a clerk.
    ['依据 Regulation', `${profile.title.zh}：${profile.source.section}`],
    ['检查时点 As of', report.asOf],
    ['记录 / 客户 Records / customers', `${s.records} / ${s.customers}`],
    ['发现 Findings', s.findings],
    [],
    // A heading row over its numbers: each header stands above its own column.
    ['回访人 Performer', '逾期 Overdue', '今天到期 Due today', '违规 Breaches', '罚款（元）Fines (CNY)'],
  ];
  const people = performerRows(report, items);
  if (people.length === 0) rows.push(['无 / none']);
  rows.push(...people);
  rows.push([], ['按规则统计 By rule', '规则 Rule', ...STATUS_COLUMNS.map((k) => STATUS_NAMES[k])]);
  for (const rule of profile.rules) {
    const counts = s.byRule[rule.id];
    if (!counts) continue;
    rows.push([rule.id, rule.title.zh, ...STATUS_COLUMNS.map((k) => counts[k] ?? 0)]);
  }
  rows.push([], ['罚款 Fines', '月份 Month', '金额（元）Amount (CNY)', '金额未配置 Not configured']);
  const payers = Object.entries(s.fines.byPayerMonth);
  if (payers.length === 0) rows.push(['本规则配置未规定罚款 / this profile sets no fines']);
  for (const [payer, months] of payers) {
    for (const [month, t] of Object.entries(months)) rows.push([payer, month, amount(t.min, t.max), t.notConfigured]);
  }
  if (payers.length) rows.push(['合计 Total', null, amount(s.fines.min, s.fines.max), s.fines.notConfigured]);
  rows.push([], ['上报 Escalations', '规则 Rule', '客户 Customer', '行 Row']);
  if (s.escalations.length === 0) rows.push(['无 / none']);
  for (const e of s.escalations) rows.push([e.role, e.ruleId, e.customer, e.row]);
  rows.push([], ['发现明细 Findings', '客户 Customer', '状态 Status', '级别 Severity', '规则 Rule', '说明 Message', '应于 Due', '依据 Clause']);
  // Quotas in progress are counted above, not listed: they are no finding to act on.
  const listed = report.findings.filter((f) => (f.status as string) !== 'open');
  for (const f of listed.slice(0, SUMMARY_FINDINGS_LIMIT)) {
    rows.push([f.row === null ? '全表' : `第 ${f.row} 行`, f.customer, STATUS_NAMES[f.status] ?? f.status, SEVERITY_NAMES[f.severity], f.ruleId, renderFinding(f, profile, 'zh'), f.dueAt ?? null, `${f.citation.section}「${f.citation.quote}」`]);
  }
  if (listed.length > SUMMARY_FINDINGS_LIMIT) rows.push([`（另有 ${listed.length - SUMMARY_FINDINGS_LIMIT} 条见状态列 / ${listed.length - SUMMARY_FINDINGS_LIMIT} more in the status column）`]);
  return { name: SUMMARY_SHEET_NAME, rows, widths: [22, 14, 16, 14, 20, 60, 22, 50] };
}
