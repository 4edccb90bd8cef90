/**
 * `ledgerlint todo`: the call list. What is overdue, due today and due within N days, one line an
 * item, sorted by due date (the oldest overdue first): the library's `todoItems` (the task pane
 * shows the same list), laid out for a terminal, JSON or CSV here.
 */
import { byPerformer, TODO_STATE_ZH, todoCounts as counts, todoDueText as dueText, todoStateWords, type Profile, type Report, type TodoItem } from '@ledgerlint/policy';
import { terminalText } from './terminal';

const NO_PERFORMER = '（未填回访人）';

/** The JSON document of `todo --format json`. */
export function todoJson(report: Report, items: readonly TodoItem[], by?: 'performer'): unknown {
  const doc: Record<string, unknown> = { profile: report.profile, asOf: report.asOf, items };
  if (by === 'performer') doc.performers = byPerformer(items).map((g) => ({ performer: g.performer, total: g.items.length, ...counts(g.items) }));
  return doc;
}

/** Display width in a terminal: East Asian wide and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, w: number): string {
  return text + ' '.repeat(Math.max(0, w - width(text)));
}

/** Lines of a table, columns padded to their widest cell, cells made safe for the terminal. */
function table(rows: string[][], indent: string): string[] {
  const safe = rows.map((r) => r.map(terminalText));
  const widths = safe[0].map((_, k) => Math.max(...safe.map((r) => width(r[k]))));
  return safe.map((r) => indent + r.map((cell, k) => (k === r.length - 1 ? cell : pad(cell, widths[k]))).join('  ').trimEnd());
}

const HEADER = ['应办日期', '状态', '客户', '姓名', '电话', '事项', '回访人', '行'];

function rowOf(item: TodoItem, asOf: string): string[] {
  return [dueText(item.dueAt), todoStateWords(item, asOf).zh, item.customer ?? '全表', item.customerName ?? '', item.phone ?? '', item.what.zh, item.performer ?? '', item.row === null ? '' : `第 ${item.row} 行`];
}

function tally(items: readonly TodoItem[], days: number): string {
  const c = counts(items);
  return `逾期 ${c.overdue} 项 · 今天到期 ${c['due-today']} 项 · ${days} 天内到期 ${c['due-soon'] + c.open} 项`;
}

/**
 * The list for a person: Chinese, one line an item, by performer with counts when asked.
 * @example process.stdout.write(todoText(report, profile, items, 'ledger.xlsx', 7))
 */
export function todoText(report: Report, profile: Profile, items: readonly TodoItem[], file: string, days: number, by?: 'performer'): string {
  const out: string[] = [];
  out.push(`ledgerlint 待回访 · ${profile.id} ${profile.title.zh} · 截至 ${report.asOf.slice(0, 16).replace('T', ' ')}（北京时间）`);
  out.push(`${file} · 工作表「${report.sheet}」：${tally(items, days)}`);
  out.push('');
  if (items.length === 0) {
    out.push(`没有逾期、今天到期或 ${days} 天内到期的事项。Nothing overdue or due within ${days} days.`);
  } else if (by === 'performer') {
    for (const g of byPerformer(items)) {
      out.push(`${g.performer ?? NO_PERFORMER}：共 ${g.items.length} 项（${tally(g.items, days)}）`);
      out.push(...table([HEADER.filter((h) => h !== '回访人'), ...g.items.map((i) => rowOf(i, report.asOf).filter((_, k) => k !== 6))], '  '));
      out.push('');
    }
  } else {
    out.push(...table([HEADER, ...items.map((i) => rowOf(i, report.asOf))], ''));
  }
  return out.map(terminalText).join('\n').replace(/\n+$/, '') + '\n';
}

/** A CSV cell: quoted when it must be; a leading = + - @ that is not a number is defused for Excel. */
function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=@\t\r]/.test(text) || /^[+-](?![\d\s.]*$)/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The list as CSV for Excel: UTF-8 with a BOM, CRLF, a header row, one item a line (by performer
 * when asked: the groups one after another).
 */
export function todoCsv(items: readonly TodoItem[], by?: 'performer'): string {
  const header = ['应办日期', '状态', '逾期天数', '客户', '客户名称', '联系电话', '事项', '回访人', '行', '规则', '说明'];
  const ordered = by === 'performer' ? byPerformer(items).flatMap((g) => g.items) : items;
  const lines = [header, ...ordered.map((i) => [i.dueAt, TODO_STATE_ZH[i.state], i.overdueDays, i.customer, i.customerName, i.phone, i.what.zh, i.performer, i.row, i.ruleId, i.message.zh])];
  return '\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
