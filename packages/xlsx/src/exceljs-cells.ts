/**
 * The exceljs internals the annotator relies on (not in exceljs's typed API), kept to the few
 * members used, and a cell's value as the text a person sees in it.
 */
import ExcelJS from 'exceljs';
import type { StyleModel } from './fidelity';

export interface XCellInternal {
  type: number;
  value: unknown;
  note?: unknown;
  style: StyleModel;
  isMerged: boolean;
}
export interface XRowInternal {
  findCell(col: number): XCellInternal | undefined;
  _cells: (XCellInternal | undefined)[];
}
export interface XColumnInternal {
  width?: number;
  hidden: boolean;
}
export interface XCfRule {
  type: string;
  formulae?: unknown[];
  priority?: number;
  style?: StyleModel;
  dxfId?: number;
}
export interface XConditionalFormatting {
  ref: string;
  rules: XCfRule[];
}

export const NULL_TYPE = ExcelJS.ValueType.Null as number;
export const MERGE_TYPE = ExcelJS.ValueType.Merge as number;

export function findCell(ws: ExcelJS.Worksheet, row: number, col: number): XCellInternal | undefined {
  const r = ws.findRow(row) as unknown as XRowInternal | undefined;
  return r?.findCell(col);
}

export function cfsOf(ws: ExcelJS.Worksheet): XConditionalFormatting[] {
  const holder = ws as unknown as { conditionalFormattings?: XConditionalFormatting[] };
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

/**
 * A cell value as the text a person sees in it: rich text (LibreOffice saves a text mixing Latin
 * and Chinese as runs, one font each) joined, a hyperlink's text, a formula's cached result.
 */
export function valueText(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  const o = v as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  if (typeof o.text === 'string') return o.text;
  if ('result' in o) return valueText(o.result);
  return v;
}

export const cellValue = (ws: ExcelJS.Worksheet, row: number, col: number): unknown => valueText(findCell(ws, row, col)?.value);

/** A deep copy of a plain style or value object (exceljs shares style objects between cells). */
export const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
