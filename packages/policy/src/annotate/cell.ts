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
 * `'#' + hex`. Red and yellow are Excel's own "Bad" and "Neutral" cell styles, which clerks already
 * read as Excel means them; the header is a pale blue and the invalid cells a pale orange, apart
 * from both. `unknown` sets no text colour: the text stays as it is.
 * @example `FF${ANNOTATION_COLORS.bad.fill}` // 'FFFFC7CE', an exceljs fill
 */
export const ANNOTATION_COLORS = {
  header: { fill: 'DCE6F1' },
  bad: { fill: 'FFC7CE', font: '9C0006' },
  'due-soon': { fill: 'FFEB9C', font: '9C5700' },
  unknown: { fill: 'EDEDED' },
  invalid: { fill: 'F8CBAD' },
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
