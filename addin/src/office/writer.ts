/**
 * Writing to Excel: a batch that syncs when the queued payload would pass the budget, our cells'
 * text and look as Office.js takes them, the plan's writes and the record sheet.
 */
import { type AnnotationPlan, type CallsSheet, type SummarySheet } from '@ledgerlint/policy';
import { ANNOTATION_COLORS, fitCellText, internalLinkFormula, RECORD_SHEET_NAME, recordCells, type AnnotationRecord, type CellColors } from '@ledgerlint/policy/annotate';
import { columnLetter } from '@ledgerlint/policy/ledger';
import type { Capabilities } from './capabilities';
import { utf8Length, weight, type CommandOptions, type SheetRef } from './command';
import { isoToSerial } from './dates';
import type { XContext, XWorksheet } from './excel-slice';

/**
 * Our text as Excel will keep it: never a formula (a leading = + - @ gets Excel's text prefix),
 * and within a cell's limit with that prefix counted.
 */
export function literalCellText(s: string): string {
  return fitCellText(/^[=+\-@]/.test(s) ? `'${s}` : s);
}

/** What Excel keeps of a `literalCellText`: the value without its text prefix. */
const storedText = (written: string) => (/^'[=+\-@]/.test(written) ? written.slice(1) : written);

export class WriteBatch {
  private bytes = 0;
  constructor(
    private readonly ctx: XContext,
    readonly budget: number,
    private readonly counter: { syncs: number },
  ) {}

  async add(bytes: number, op: () => void): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    op();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    this.counter.syncs++;
    await this.ctx.sync();
    this.bytes = 0;
  }

  /** The last sync, even when nothing is pending (state writes are tiny). */
  async finish(): Promise<void> {
    this.counter.syncs++;
    await this.ctx.sync();
    this.bytes = 0;
  }
}

/** Our colours (the library's, shared with the command line's exceljs writer) as Office.js takes them: '#RRGGBB'. */
const officeStyle = (c: CellColors) => ({ fill: `#${c.fill}`, font: c.font === undefined ? undefined : `#${c.font}` });
const HEADER_FILL = officeStyle(ANNOTATION_COLORS.header).fill;
const LEVEL_STYLE: Record<string, { fill: string; font?: string } | undefined> = {
  bad: officeStyle(ANNOTATION_COLORS.bad),
  'due-soon': officeStyle(ANNOTATION_COLORS['due-soon']),
  invalid: officeStyle(ANNOTATION_COLORS.invalid),
  quiet: officeStyle(ANNOTATION_COLORS.quiet),
};
const HIGHLIGHT_STYLE: Record<string, { fill: string; font?: string }> = {
  bad: officeStyle(ANNOTATION_COLORS.bad),
  'due-soon': officeStyle(ANNOTATION_COLORS['due-soon']),
  // The unreadable cells' format colours the fill only, as the command line's does.
  invalid: { fill: officeStyle(ANNOTATION_COLORS.invalid).fill },
};
/** Column widths in points (the CLI's 40 and 14 characters: 7 pixels a character and 5, 0.75 point a pixel). */
const STATUS_WIDTH = 214;
const NEXT_DUE_WIDTH = 80;
/** Link cells of the 待回访 sheet: Excel's Hyperlink style colour. */
const LINK_FONT = '#0563C1';
const DATE_FORMAT = 'yyyy-mm-dd';

/** A space-separated list of single cells -> runs down each column ("E5:E7"). */
export function cellRuns(ref: string): string[] {
  const cells = ref
    .split(/\s+/)
    .filter(Boolean)
    .map((c) => /^([A-Z]+)(\d+)$/.exec(c))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ col: m[1], row: Number(m[2]) }))
    .sort((a, b) => (a.col === b.col ? a.row - b.row : a.col.length - b.col.length || (a.col < b.col ? -1 : 1)));
  const runs: string[] = [];
  let start: { col: string; row: number } | undefined;
  let prev: { col: string; row: number } | undefined;
  const close = () => start && prev && runs.push(start.row === prev.row ? `${start.col}${start.row}` : `${start.col}${start.row}:${prev.col}${prev.row}`);
  for (const c of cells) {
    if (prev && c.col === prev.col && c.row === prev.row + 1) {
      prev = c;
      continue;
    }
    if (prev && c.col === prev.col && c.row === prev.row) continue;
    close();
    start = prev = c;
  }
  close();
  return runs;
}

/**
 * Queue the record into the very hidden record sheet: the sheet from before is emptied and
 * rewritten (deleting it, or hiding it again, would clear the clerk's undo history), else added
 * and hidden once. Text format first, so no piece of the JSON is taken for a number or formula.
 */
export async function writeRecord(ctx: XContext, batch: WriteBatch, record: AnnotationRecord, existing: SheetRef | undefined): Promise<void> {
  const cells = recordCells(record);
  await batch.add(cells.reduce((n, c) => n + utf8Length(c) + 10, 200), () => {
    let ws: XWorksheet;
    if (existing) {
      ws = ctx.workbook.worksheets.getItem(existing.name);
      ws.getRange('A:A').clear('Contents');
    } else {
      ws = ctx.workbook.worksheets.add(RECORD_SHEET_NAME);
      ws.visibility = 'VeryHidden';
    }
    const range = ws.getRange(`A1:A${cells.length}`);
    range.numberFormat = cells.map(() => ['@']);
    range.values = cells.map((c) => [literalCellText(c)]);
  });
}

/** Queue the plan's writes through the batch. Returns what was added. */
export async function writePlan(
  ctx: XContext,
  batch: WriteBatch,
  sheet: XWorksheet,
  plan: AnnotationPlan,
  caps: Capabilities,
  reuse: ReuseSheets,
  options: CommandOptions,
  date1904: boolean,
): Promise<{ highlights: { ref: string; formula: string }[]; notes: number; statusTexts: Set<string> }> {
  const S = columnLetter(plan.statusColumn);
  const D = columnLetter(plan.nextDueColumn);

  // Header cells.
  await batch.add(300, () => {
    const header = sheet.getRange(`${S}${plan.headerRow}:${D}${plan.headerRow}`);
    header.numberFormat = [['@', '@']];
    header.values = [[literalCellText(plan.headers.status), literalCellText(plan.headers.nextDue)]];
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    sheet.getRange(`${S}:${S}`).format.columnWidth = STATUS_WIDTH;
    sheet.getRange(`${D}:${D}`).format.columnWidth = NEXT_DUE_WIDTH;
  });

  // Status and next-due cells: whole runs of rows as 2-D arrays; null leaves a cell alone.
  const rows = plan.rows;
  const noteOf = (r: (typeof rows)[number]) => (!caps.notes && r.note ? `${r.status}\n\n${r.note}` : r.status);
  // The status texts as Excel keeps them (no text prefix), for the record: how our cells are told.
  const statusTexts = new Set<string>();
  const segmentBudget = Math.max(1, Math.floor(batch.budget / 2));
  let i = 0;
  let total = 0;
  while (i < rows.length) {
    const start = rows[i].row;
    let bytes = 0;
    let j = i;
    while (j < rows.length && (j === i || bytes < segmentBudget)) {
      bytes += utf8Length(noteOf(rows[j])) + 40 + (rows[j].row - (j > i ? rows[j - 1].row : start)) * 12;
      j++;
    }
    const end = rows[j - 1].row;
    const height = end - start + 1;
    const status: (string | null)[][] = Array.from({ length: height }, () => [null]);
    const statusFmt: (string | null)[][] = Array.from({ length: height }, () => [null]);
    const due: (number | null)[][] = Array.from({ length: height }, () => [null]);
    const dueFmt: (string | null)[][] = Array.from({ length: height }, () => [null]);
    for (let k = i; k < j; k++) {
      const r = rows[k];
      const at = r.row - start;
      status[at][0] = literalCellText(noteOf(r));
      statusTexts.add(storedText(status[at][0]!));
      statusFmt[at][0] = '@';
      if (r.nextDue) {
        due[at][0] = isoToSerial(r.nextDue, date1904);
        dueFmt[at][0] = DATE_FORMAT;
      }
    }
    await batch.add(bytes + height * 30, () => {
      const sr = sheet.getRange(`${S}${start}:${S}${end}`);
      sr.numberFormat = statusFmt;
      sr.values = status;
      // A long status reads whole: wrapped within the column (Clear takes the format with the cells).
      sr.format.wrapText = true;
      const dr = sheet.getRange(`${D}${start}:${D}${end}`);
      dr.numberFormat = dueFmt;
      dr.values = due;
    });
    total += j - i;
    options.onProgress?.({ phase: 'write', done: total, total: rows.length });
    i = j;
  }

  // Static fills on our own cells by level, one range per run of equal levels. Without
  // conditional formats the next-due cell is filled too (the clerk's cells never are).
  const span = caps.conditionalFormats ? S : D;
  for (let k = 0; k < rows.length; ) {
    const style = LEVEL_STYLE[rows[k].level];
    let m = k + 1;
    while (m < rows.length && rows[m].level === rows[k].level && rows[m].row === rows[m - 1].row + 1) m++;
    if (style) {
      const from = rows[k].row;
      const to = rows[m - 1].row;
      await batch.add(120, () => {
        const f = sheet.getRange(`${S}${from}:${span}${to}`).format;
        f.fill.color = style.fill;
        f.font.color = style.font ?? '#000000'; // no colour of its own (unknown): plain black
      });
    }
    k = m;
  }

  // Notes (ExcelApi 1.18), one call each, batched by size.
  let notes = 0;
  if (caps.notes) {
    for (const r of rows) {
      if (!r.note) continue;
      const text = fitCellText(r.note);
      await batch.add(utf8Length(text) + 60, () => sheet.notes.add(`${S}${r.row}`, text));
      notes++;
    }
  }

  // Conditional formats (ExcelApi 1.6): stay true with TODAY(); the invalid cells' list is
  // split into runs down each column, one format per run.
  const highlights: { ref: string; formula: string }[] = [];
  if (caps.conditionalFormats) {
    for (const h of plan.highlights) {
      const refs = h.style === 'invalid' ? cellRuns(h.ref) : [h.ref];
      const style = HIGHLIGHT_STYLE[h.style];
      for (const ref of refs) {
        await batch.add(utf8Length(h.formula) + ref.length + 200, () => {
          const cf = sheet.getRange(ref).conditionalFormats.add('Custom');
          cf.custom.rule.formula = `=${h.formula}`;
          cf.custom.format.fill.color = style.fill;
          if (style.font) cf.custom.format.font.color = style.font;
        });
        highlights.push({ ref, formula: h.formula });
      }
    }
  }

  // Our sheets: ours from before are emptied and reused (deleting a sheet clears the clerk's undo
  // history), otherwise added.
  await writeSheet(ctx, batch, plan.summary, reuse.summary, segmentBudget);
  await writeSheet(ctx, batch, plan.calls, reuse.calls, segmentBudget);
  return { highlights, notes, statusTexts };
}

/** Our sheets of a previous annotation to empty and write again, by name (null: add a new one). */
export interface ReuseSheets {
  summary: string | null;
  calls: string | null;
}

/**
 * Queue one of our sheets (summary, 待回访): its rows in chunks under the batch's budget, the first
 * row bold, the column widths; on the 待回访 sheet each line's link cell a HYPERLINK formula to its
 * row of the ledger (a value starting with = is a formula to Office.js; Excel then reads back its
 * text, which is what the record's hash was taken of).
 */
async function writeSheet(ctx: XContext, batch: WriteBatch, sheet: SummarySheet | CallsSheet, reuse: string | null, segmentBudget: number): Promise<void> {
  const existing = reuse ? ctx.workbook.worksheets.getItem(reuse) : null;
  let target: XWorksheet | null = existing;
  await batch.add(200, () => {
    if (existing) existing.getRange().clear('All');
    else target = ctx.workbook.worksheets.add(sheet.name);
  });
  const links = 'links' in sheet ? sheet : undefined;
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const rows = sheet.rows;
  const linked: number[] = [];
  for (let a = 0; a < rows.length; ) {
    let bytes = 0;
    let b = a;
    while (b < rows.length && (b === a || bytes < segmentBudget)) {
      bytes += weight([rows[b]]) + width * 8;
      b++;
    }
    const values: (string | number | null)[][] = [];
    const fmts: string[][] = [];
    for (let k = a; k < b; k++) {
      const src = rows[k] ?? [];
      const row: (string | number | null)[] = [];
      const fmt: string[] = [];
      for (let c = 0; c < width; c++) {
        const v = src[c];
        const link = links && c + 1 === links.linkColumn && typeof v === 'string' ? links.links[k] : null;
        if (link !== null && link !== undefined) {
          row.push(`=${internalLinkFormula(links!.target.sheet, links!.target.column, link, fitCellText(v as string))}`);
          fmt.push('General');
          linked.push(k + 1);
          continue;
        }
        row.push(v === null || v === undefined ? null : typeof v === 'number' ? v : literalCellText(String(v)));
        fmt.push(typeof v === 'number' ? 'General' : '@');
      }
      values.push(row);
      fmts.push(fmt);
    }
    const from = a + 1;
    const to = b;
    await batch.add(bytes, () => {
      const r = target!.getRange(`A${from}:${columnLetter(width)}${to}`);
      r.numberFormat = fmts;
      r.values = values;
    });
    a = b;
  }
  await batch.add(200 + sheet.widths.length * 40, () => {
    target!.getRange(`A1:${columnLetter(width)}1`).format.font.bold = true;
    sheet.widths.forEach((w, k) => {
      if (w > 0) target!.getRange(`${columnLetter(k + 1)}:${columnLetter(k + 1)}`).format.columnWidth = Math.round(w * 5.6);
    });
  });
  if (links && linked.length) {
    const col = columnLetter(links.linkColumn);
    await batch.add(100, () => {
      target!.getRange(`${col}${linked[0]}:${col}${linked[linked.length - 1]}`).format.font.color = LINK_FONT;
    });
  }
}
