/**
 * What every writer of an annotation puts into a cell beyond the plan's text: its colours, and
 * text cut to what a cell holds. One copy for the exceljs writer (packages/xlsx) and the Office.js
 * adapter (addin/), so a sheet annotated by the command line and one annotated in Excel look alike.
 */
import { CELL_TEXT_LIMIT } from '../table';
import type { Highlight, RowLevel } from './plan';

/** A fill and, where it is set, a text colour: hex RGB such as 'FFC7CE'. */
export interface CellColors {
  fill: string;
  font?: string;
}

/**
 * The annotation's colours, hex RGB ('RRGGBB'): exceljs wants `'FF' + hex` (ARGB), Office.js
 * `'#' + hex`. Each means one thing, in every writer: red a missed deadline or cadence, amber due
 * today or soon (Excel's own "Bad" and "Neutral" cell styles, which clerks already read as Excel
 * means them), orange an unreadable cell, a quiet grey the record-keeping issues and what cannot
 * be judged; the header a pale blue apart from all. `quiet` sets no text colour: the text stays.
 * @example `FF${ANNOTATION_COLORS.bad.fill}` // 'FFFFC7CE', an exceljs fill
 */
export const ANNOTATION_COLORS = {
  header: { fill: 'DCE6F1' },
  bad: { fill: 'FFC7CE', font: '9C0006' },
  'due-soon': { fill: 'FFEB9C', font: '9C5700' },
  invalid: { fill: 'F8CBAD', font: '843C0C' },
  quiet: { fill: 'EDEDED' },
} as const satisfies Record<'header' | Exclude<RowLevel, 'ok'> | Highlight['style'], CellColors>;

/**
 * A string that fits in one Excel cell: as it is, or cut to at most CELL_TEXT_LIMIT characters, the
 * last one '…' (never between the two halves of a character such as 𠀀).
 * @example fitCellText('x'.repeat(40_000)).length // 32767, ending in '…'
 */
export function fitCellText(s: string): string {
  if (s.length <= CELL_TEXT_LIMIT) return s;
  let cut = CELL_TEXT_LIMIT - 1;
  const last = s.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${s.slice(0, cut)}…`;
}
