/**
 * How our cells look in a workbook written with exceljs: header and status formats by level, the
 * conditional-format styles, our columns' widths and the next-due date format.
 */
import type ExcelJS from 'exceljs';
import { type Highlight, type RowLevel } from '@ledgerlint/policy';
import { ANNOTATION_COLORS, type CellColors } from '@ledgerlint/policy/annotate';
import { copy } from './exceljs-cells';
import type { StyleModel } from './fidelity';
import { baseFontOf } from './open-workbook';

const THIN = { style: 'thin' as const, color: { argb: 'FFA6A6A6' } };
/** One of the library's colours (hex RGB, shared with the add-in) as exceljs takes it: opaque ARGB. */
const argb = (rgb: string): string => `FF${rgb}`;
/** exceljs's own default font, the base of a workbook it created. */
const EXCELJS_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor', color: { theme: 1 } as ExcelJS.Color };
/** Our cells look like the clerk's (the workbook's default font), only bold or coloured. */
export function fontOf(workbook: ExcelJS.Workbook, extra: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> {
  return { ...copy(baseFontOf(workbook) ?? EXCELJS_FONT), ...extra };
}

export function headerStyle(workbook: ExcelJS.Workbook): StyleModel {
  return {
    font: fontOf(workbook, { bold: true }),
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(ANNOTATION_COLORS.header.fill) } },
    border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
    alignment: { wrapText: true, vertical: 'middle' },
  };
}

/** Our status cells wrap within the column's width, from the top, so a long status reads whole. */
export const STATUS_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** The static format of our status cell by the row's level (a row that is fine: only the wrap). */
export function levelStyle(workbook: ExcelJS.Workbook, level: RowLevel): StyleModel {
  const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(rgb) } });
  const alignment = { ...STATUS_ALIGNMENT };
  if (level === 'ok') return { alignment };
  const c: CellColors = ANNOTATION_COLORS[level];
  return c.font === undefined ? { fill: solid(c.fill), alignment } : { fill: solid(c.fill), font: fontOf(workbook, { color: { argb: argb(c.font) } }), alignment };
}
/** Conditional-format styles: a dxf fill is given as bgColor. */
export const HIGHLIGHT_STYLE: Record<Highlight['style'], StyleModel> = {
  bad: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(ANNOTATION_COLORS.bad.fill) } }, font: { color: { argb: argb(ANNOTATION_COLORS.bad.font) } } },
  'due-soon': { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(ANNOTATION_COLORS['due-soon'].fill) } }, font: { color: { argb: argb(ANNOTATION_COLORS['due-soon'].font) } } },
  invalid: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(ANNOTATION_COLORS.invalid.fill) } } },
};
/** Widths of our two columns in characters; the streaming writer sets the same (the add-in: in points). */
export const STATUS_WIDTH = 40;
export const NEXT_DUE_WIDTH = 14;
export const DATE_FORMAT = 'yyyy-mm-dd';
/** The look of a link on the 待回访 sheet: Excel's own Hyperlink style colour, underlined. */
export const LINK_COLOR = '0563C1';

