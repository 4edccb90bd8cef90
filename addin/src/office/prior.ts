/**
 * Finding a prior annotation again by what it is, never by a remembered position alone. The
 * record (`@ledgerlint/policy`'s annotate/record.ts, shared with the command line) says what was
 * written; the cells read back say where it is now:
 * - our columns are the ones whose header cell holds a recorded header text (`findOurColumns`),
 *   on any sheet (the annotated one, renamed or not, and copies of it);
 * - in them a cell is ours when it holds what we wrote (`statusOwner`, `nextDueOwner`); what the
 *   clerk typed there is kept and reported, and rows inserted, deleted or sorted do not matter;
 * - a conditional format is ours when its formula has a recorded shape and refers only to our
 *   columns (or to cells Excel deleted, `#REF!`);
 * - the summary and 待回访 sheets are ours while their content still hashes to what we wrote.
 * Pure functions over values read from Excel; the adapter does the reading and the writing.
 */
import {
  findOurColumns,
  formulaShape,
  highlightOwner,
  nextDueOwner,
  readRecordCells,
  ourSheets,
  statusOwner,
  upgradeRecord,
  type AnnotationRecord,
  type FoundColumns,
  type OurSheet,
} from '@ledgerlint/policy/annotate';
import { isDateFormat } from '@ledgerlint/policy/ledger';
import { serialIsos } from './dates';
import { addinError } from './messages';

const blank = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The record of the prior annotation: the record sheet's column A when it holds one, else the
 * add-in's version-1 settings entry; undefined when there is neither. A record sheet or entry
 * that is not a record of ours throws (`record-invalid`, `state-invalid`): nothing is changed.
 * @example const record = recordFrom(recordSheetColumnA, stored.legacyAnnotation);
 */
export function recordFrom(cells: readonly unknown[] | undefined, legacy: unknown): AnnotationRecord | undefined {
  if (cells && cells.some((c) => !blank(c))) {
    const r = readRecordCells(cells);
    if ('invalid' in r) throw addinError('record-invalid', { reason: r.invalid });
    return r;
  }
  if (legacy === null || legacy === undefined) return undefined;
  const r = typeof legacy === 'object' && !Array.isArray(legacy) ? upgradeRecord({ tool: 'ledgerlint', version: 1, ...legacy }) : { invalid: 'annotation: not an object' };
  if ('invalid' in r) throw addinError('state-invalid', { reason: r.invalid });
  return r;
}

/** A rectangle of a sheet as read: values and (where loaded) number formats; `top`, `left` 1-based. */
export interface Piece {
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
  formats?: readonly (readonly unknown[])[];
}

/** The cells of one sheet read so far (the rows read for Check, or a band and column strips). */
export class SheetCells {
  readonly pieces: Piece[] = [];
  /** `bottom`, `right`: the last row and column (1-based) of the sheet's used range. */
  constructor(
    readonly bottom: number,
    readonly right: number,
  ) {}

  private at(r: number, c: number): [Piece, readonly unknown[]] | undefined {
    for (const p of this.pieces) {
      const row = p.values[r - p.top];
      if (row && c >= p.left && c - p.left < row.length) return [p, row];
    }
    return undefined;
  }
  value(r: number, c: number): unknown {
    const hit = this.at(r, c);
    return hit ? hit[1][c - hit[0].left] : undefined;
  }
  format(r: number, c: number): unknown {
    const hit = this.at(r, c);
    return hit ? hit[0].formats?.[r - hit[0].top]?.[c - hit[0].left] : undefined;
  }
}

/** Our columns on a sheet, from its header cells (read in the first rows). */
export function findColumns(record: AnnotationRecord, cells: SheetCells): FoundColumns | undefined {
  return findOurColumns(record, (r, c) => cells.value(r, c), cells.right, cells.bottom);
}

/** Rows of one column, both ends inclusive (1-based). */
export interface Run {
  col: number;
  from: number;
  to: number;
}

/** What of ours is on a sheet. */
export interface Owned {
  found: FoundColumns;
  /** Our cells, as runs of consecutive rows down each column: what Clear empties. */
  runs: Run[];
  /** The clerk's cells in our columns (typed there after we wrote), left as they are. */
  kept: { row: number; col: number }[];
}

/**
 * Which cells of the found columns are ours: the header cells, status texts we wrote, next-due
 * dates we wrote (a number in a date format whose date, in the workbook's system, is one we
 * wrote; `date1904` null when the system could not be told: either reading). An empty cell is
 * taken (for our fills and formats on it) when its row holds one of ours, or when it lies between
 * two of ours down its column (a row the clerk inserted takes the format of the row above);
 * anything else in our columns is the clerk's, and stays.
 * @example ownedCells(record, cells, found, false).kept // [{ row: 7, col: 11 }]
 */
export function ownedCells(record: AnnotationRecord, cells: SheetCells, found: FoundColumns, date1904: boolean | null): Owned {
  const isStatus = statusOwner(record);
  const isDue = nextDueOwner(record);
  const columns = [...found.status.map((c) => [c, 'status'] as const), ...found.nextDue.map((c) => [c, 'nextDue'] as const)];
  const kind = (r: number, c: number, role: 'status' | 'nextDue'): 'ours' | 'clerk' | 'blank' => {
    const v = cells.value(r, c);
    if (blank(v)) return 'blank';
    if (r === found.headerRow) return v === record.headers[role] ? 'ours' : 'clerk';
    if (role === 'status') return isStatus(v) ? 'ours' : 'clerk';
    const format = cells.format(r, c);
    return typeof v === 'number' && isDateFormat(typeof format === 'string' ? format : null) && serialIsos(v, date1904).some(isDue) ? 'ours' : 'clerk';
  };
  const runs: Run[] = [];
  /** Per column: the run going on, and whether empty cells follow it (taken if one of ours comes next). */
  const open = new Map<number, { run: Run; gap: boolean }>();
  const kept: Owned['kept'] = [];
  for (let r = found.headerRow; r <= cells.bottom; r++) {
    const kinds = columns.map(([c, role]) => kind(r, c, role));
    const ourRow = kinds.includes('ours');
    kinds.forEach((k, i) => {
      const col = columns[i][0];
      const current = open.get(col);
      if (k === 'clerk') {
        kept.push({ row: r, col });
        open.delete(col);
      } else if (k === 'blank' && !ourRow) {
        if (current) current.gap = true;
      } else if (current && (current.gap || current.run.to === r - 1)) {
        current.run.to = r;
        current.gap = false;
      } else {
        const run = { col, from: r, to: r };
        runs.push(run);
        open.set(col, { run, gap: false });
      }
    });
  }
  return { found, runs, kept };
}

/** A conditional format as read back: its custom formula (null: another type), its one range's address when known. */
export interface FormatRead {
  formula: string | null;
  address: string | null;
}

/** Cell references in a formula, with their column letters (as record.ts's formulaShape blanks them). */
const CELL_REF = /\$?\b([A-Z]{1,3})\$?[0-9]{1,7}\b/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * Which conditional formats are ours: a formula of a recorded shape (Excel rewrites references
 * when cells move, and writes `#REF!` where they were deleted). A shape carrying our words (a
 * text in quotes: our status words, our name) is ours by that alone; one without (the due-soon
 * rule's date arithmetic) must also refer only to our columns on this sheet (`columns`), so that
 * a clerk's own rule reading like ours ("due within 7 days" over their own date column) is never
 * taken.
 * @example ourFormats(record, [{ formula: '=AND(ISNUMBER($K2),$K2>=TODAY(),$K2-TODAY()<=7)', address: null }], new Set([10, 11])) // [true]
 */
export function ourFormats(record: AnnotationRecord, items: readonly FormatRead[], columns: ReadonlySet<number>): boolean[] {
  const owner = highlightOwner(record);
  return items.map(({ formula, address }) => {
    if (!formula) return false;
    const ref = (address ?? '').replace(/^.*!/, '').replace(/\$/g, '');
    if (!owner(formula.replace(/#REF!/gi, 'A1'), ref)) return false;
    if (formula.includes('"')) return true;
    for (const m of formula.toUpperCase().matchAll(CELL_REF)) if (!columns.has(columnNumber(m[1]))) return false;
    return true;
  });
}

/**
 * A formula that is ours only on its recorded range (version 1's bare `TRUE`): its range must be
 * read to tell (one more load, in a sync that happens anyway).
 */
export function needsRange(record: AnnotationRecord, formula: string | null): boolean {
  if (!formula) return false;
  const shape = formulaShape(formula);
  return !shape.includes('#') && !shape.includes('LEDGERLINT') && record.highlights.some((h) => formulaShape(h.formula) === shape);
}

/**
 * Which of our sheets (summary, 待回访) this sheet may be: by its name, or by its title when the
 * clerk renamed it; undefined for none.
 * @example ourSheetOf(record, '待回访', 'ledgerlint 待回访 / call list')?.role // 'calls'
 */
export function ourSheetOf(record: AnnotationRecord, name: string, a1: unknown): OurSheet | undefined {
  const sheets = ourSheets(record);
  return sheets.find((s) => name.toLowerCase() === s.name.toLowerCase()) ?? sheets.find((s) => a1 === s.title);
}

/**
 * Excel's standard column width, 8.43 characters (64 pixels, 48 points): what a column the command
 * line recorded with no width of its own (null) goes back to.
 */
export const STANDARD_WIDTH_CHARACTERS = 8.43;

/**
 * A width in characters (exceljs's unit, the command line's records) as points (Office.js's):
 * characters × 7 + 5 pixels for the 7-pixel digits of Excel's default Calibri 11, 0.75 point a
 * pixel. Approximate for other default fonts, as Excel's own conversion is.
 * @example charactersToPoints(8.43) // 48
 */
export function charactersToPoints(characters: number): number {
  return Math.round(characters * 7 + 5) * 0.75;
}

/** The width (points) one of our columns had before the recorded annotation. */
export function previousWidth(record: AnnotationRecord, role: 'status' | 'nextDue'): number {
  const w = record.previousWidths[role];
  if (record.previousWidths.unit === 'points' && w !== null) return w;
  return charactersToPoints(record.previousWidths.unit === 'characters' && w !== null ? w : STANDARD_WIDTH_CHARACTERS);
}
