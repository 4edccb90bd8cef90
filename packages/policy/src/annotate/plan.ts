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
import { columnLetter } from '../table';
import { HEADER_MARKER, INVALID_HIGHLIGHT_FORMULA, SUMMARY_TITLE } from './record';

export const PLAN_VERSION = 1;

/** How a row reads in the status column. */
export type RowLevel = 'ok' | 'bad' | 'due-soon' | 'unknown';

export interface PlannedRow {
  row: number;
  /** 正常 / 即将到期：… / 逾期N天：… / 违规：… / 数据无效：… / 无法判断：… / 进行中：… */
  status: string;
  level: RowLevel;
  /** ISO date written as a real date cell, or null. */
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
export const STATUS_HEADER = `回访状态${HEADER_MARKER}`;
export const NEXT_DUE_HEADER = `下次应办日期${HEADER_MARKER}`;

// A quota in progress (open) is the least urgent: it leads a row's status only when alone.
const RANK: Record<string, number> = { overdue: 0, late: 1, violation: 2, invalid: 3, 'due-soon': 4, indeterminate: 5, 'not-configured': 6, open: 7 };
const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

function word(f: Finding): string {
  switch (f.status) {
    case 'overdue':
      return `逾期${f.overdueDays ?? ''}天`;
    case 'late':
    case 'violation':
      return f.severity === 'error' ? '违规' : '提醒';
    case 'invalid':
      return '数据无效';
    case 'due-soon':
      return '即将到期';
    case 'open':
      return '进行中';
    default:
      return '无法判断';
  }
}

function levelOf(f: Finding): RowLevel {
  if (f.status === 'due-soon') return 'due-soon';
  // Not a breach and not due yet: the row is in order (never red).
  if (f.status === 'open') return 'ok';
  if (f.status === 'indeterminate' || f.status === 'not-configured') return 'unknown';
  return f.severity === 'info' ? 'unknown' : 'bad';
}

/**
 * Plan the annotation of a checked sheet.
 * @example const plan = planAnnotation(report, profile, { lastColumn: 12, lastRow: 40 }, '回访记录.xlsx')
 */
export function planAnnotation(report: Report, profile: Profile, shape: SheetShape, ledgerName: string): AnnotationPlan {
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
  const nextDue = new Map<number, string>();
  for (const c of report.customers) if (c.nextDue) nextDue.set(c.row, c.nextDue);

  const rows: PlannedRow[] = [];
  for (const row of report.recordRows) {
    const list = (byRow.get(row) ?? []).slice().sort((a, b) => RANK[a.status] - RANK[b.status] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    if (list.length === 0) {
      rows.push({ row, status: '正常', level: 'ok', nextDue: nextDue.get(row) ?? null, note: null });
      continue;
    }
    const top = list.slice(0, 2).map((f) => `${word(f)}：${rules.get(f.ruleId)?.short.zh ?? f.ruleId}`);
    const status = top.join('；') + (list.length > 2 ? ` 等${list.length}项` : '');
    const note = list
      .map((f) => `【${f.ruleId}】${renderFinding(f, profile, 'zh')}\n依据：${f.citation.file} ${f.citation.section}「${f.citation.quote}」`)
      .join('\n\n');
    rows.push({ row, status, level: levelOf(list[0]), nextDue: nextDue.get(row) ?? null, note });
  }

  const firstDataRow = headerRow + 1;
  const lastDataRow = Math.max(firstDataRow, shape.lastRow);
  const s = columnLetter(statusColumn);
  const d = columnLetter(nextDueColumn);
  // The whole row is coloured, the clerk's columns right of ours too.
  const full = `${columnLetter(firstColumn)}${firstDataRow}:${columnLetter(Math.max(nextDueColumn, shape.lastColumn))}${lastDataRow}`;
  const highlights: Highlight[] = [
    // Red while the next due date is past (this stays true as days pass) or the status says a breach.
    { ref: full, formula: `OR(AND(ISNUMBER($${d}${firstDataRow}),$${d}${firstDataRow}<TODAY()),LEFT($${s}${firstDataRow},2)="逾期",LEFT($${s}${firstDataRow},2)="违规")`, style: 'bad' },
    { ref: full, formula: `AND(ISNUMBER($${d}${firstDataRow}),$${d}${firstDataRow}>=TODAY(),$${d}${firstDataRow}-TODAY()<=${profile.dueSoonDays})`, style: 'due-soon' },
  ];
  const invalid = report.findings.filter((f) => f.status === 'invalid' && f.row !== null && f.columnLetter).map((f) => `${f.columnLetter}${f.row}`);
  if (invalid.length) highlights.push({ ref: [...new Set(invalid)].join(' '), formula: INVALID_HIGHLIGHT_FORMULA, style: 'invalid' });

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
    summary: summarySheet(report, profile, ledgerName),
  };
}

const STATUS_COLUMNS = ['overdue', 'late', 'violation', 'invalid', 'due-soon', 'indeterminate', 'not-configured'] as const;
const STATUS_NAMES: Record<string, string> = { overdue: '逾期', late: '延迟完成', violation: '违规', invalid: '数据无效', 'due-soon': '即将到期', indeterminate: '无法判断', 'not-configured': '未配置', open: '进行中' };
const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
/** Findings listed on the summary sheet at most; the status column has them all. */
export const SUMMARY_FINDINGS_LIMIT = 2000;

function summarySheet(report: Report, profile: Profile, ledgerName: string): SummarySheet {
  const s = report.summary;
  const rows: (string | number | null)[][] = [
    [SUMMARY_TITLE],
    ['台账 Ledger', ledgerName],
    ['工作表 Sheet', report.sheet],
    ['规则配置 Profile', `${profile.id} ${profile.title.zh}`],
    ['依据 Source', `${profile.source.file} ${profile.source.section}`],
    ['检查时点 As of', report.asOf],
    ['记录 / 客户 Records / customers', `${s.records} / ${s.customers}`],
    ['发现 Findings', s.findings],
    [],
    ['按规则统计 By rule', '规则 Rule', ...STATUS_COLUMNS.map((k) => STATUS_NAMES[k])],
  ];
  for (const rule of profile.rules) {
    const counts = s.byRule[rule.id];
    if (!counts) continue;
    rows.push([rule.id, rule.title.zh, ...STATUS_COLUMNS.map((k) => counts[k] ?? 0)]);
  }
  rows.push([], ['罚款 Fines', '月份 Month', '金额（元）Amount (CNY)', '金额未配置 Not configured']);
  const payers = Object.entries(s.fines.byPayerMonth);
  if (payers.length === 0) rows.push(['本规则配置未规定罚款 / this profile sets no fines']);
  for (const [payer, months] of payers) {
    for (const [month, t] of Object.entries(months)) rows.push([payer, month, t.min === t.max ? t.min : `${t.min}-${t.max}`, t.notConfigured]);
  }
  if (payers.length) rows.push(['合计 Total', null, s.fines.min === s.fines.max ? s.fines.min : `${s.fines.min}-${s.fines.max}`, s.fines.notConfigured]);
  rows.push([], ['上报 Escalations', '规则 Rule', '客户 Customer', '行 Row']);
  if (s.escalations.length === 0) rows.push(['无 / none']);
  for (const e of s.escalations) rows.push([e.role, e.ruleId, e.customer, e.row]);
  rows.push([], ['发现明细 Findings', '客户 Customer', '状态 Status', '级别 Severity', '规则 Rule', '说明 Message', '应于 Due', '依据 Clause']);
  for (const f of report.findings.slice(0, SUMMARY_FINDINGS_LIMIT)) {
    rows.push([f.row === null ? '全表' : `第 ${f.row} 行`, f.customer, STATUS_NAMES[f.status], SEVERITY_NAMES[f.severity], f.ruleId, renderFinding(f, profile, 'zh'), f.dueAt ?? null, `${f.citation.section}「${f.citation.quote}」`]);
  }
  if (report.findings.length > SUMMARY_FINDINGS_LIMIT) rows.push([`（另有 ${report.findings.length - SUMMARY_FINDINGS_LIMIT} 条见状态列 / ${report.findings.length - SUMMARY_FINDINGS_LIMIT} more in the status column）`]);
  return { name: SUMMARY_SHEET_NAME, rows, widths: [22, 30, 12, 10, 18, 60, 22, 50] };
}
