/**
 * The slice of the Excel JavaScript API the adapter uses, typed structurally so that the real
 * `Excel.RequestContext` and the test fake (`addin/test/fake-excel.ts`) both fit. Only
 * `addin/src/office/` uses these types; the UI never sees them.
 *
 * Requirement sets (Microsoft's "ExcelApi x.y"): everything here is 1.1-1.2 unless marked.
 */

/** A value Excel gives for a cell: number, string, boolean (errors arrive as their text). */
export type XValue = string | number | boolean | null;

export interface XLoadable {
  load(props?: string | string[]): unknown;
}

export interface XContext {
  workbook: XWorkbook;
  sync(): Promise<void>;
}

export interface XWorkbook extends XLoadable {
  worksheets: XWorksheetCollection;
  /** ExcelApi 1.4. */
  settings: XSettingCollection;
}

export interface XWorksheetCollection extends XLoadable {
  items: XWorksheet[];
  getActiveWorksheet(): XWorksheet;
  getItem(key: string): XWorksheet;
  add(name: string): XWorksheet;
}

export interface XWorksheet extends XLoadable {
  id: string;
  name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden' (set to hide our record sheet; ExcelApi 1.1). */
  visibility: string;
  protection: XLoadable & { protected: boolean };
  getRange(address?: string): XRange;
  getUsedRange(valuesOnly?: boolean): XRange;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  /** ExcelApi 1.18. */
  notes: { add(cellAddress: string, content: string): unknown };
  activate(): void;
  delete(): void;
}

export interface XRange extends XLoadable {
  isNullObject: boolean;
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  cellCount: number;
  values: XValue[][];
  numberFormat: (string | null)[][];
  /** What Excel displays: read only for a few rows, to tell the workbook's date system. */
  text: string[][];
  format: {
    columnWidth: number;
    /** ExcelApi 1.2. */
    columnHidden: boolean;
    wrapText: boolean;
    fill: { color: string };
    font: { bold: boolean; color: string };
  } & XLoadable;
  /** ExcelApi 1.6. */
  conditionalFormats: XConditionalFormatCollection;
  clear(applyTo?: 'All' | 'Contents' | 'Formats'): void;
  select(): void;
  /**
   * ExcelApi 1.13. The merged areas whose top-left cell lies in this range, each whole; a null
   * object when there are none. Fails on a range holding more than 512 of them.
   */
  getMergedAreasOrNullObject(): XRangeAreas;
}

/** Rectangular ranges (ExcelApi 1.9); here only as merged areas, loaded as `areas/items/address`. */
export interface XRangeAreas extends XLoadable {
  isNullObject: boolean;
  areas: { items: XRange[] };
}

export interface XConditionalFormatCollection extends XLoadable {
  items: XConditionalFormat[];
  add(type: 'Custom'): XConditionalFormat;
}

export interface XConditionalFormat {
  type: string;
  custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  /** Loaded as `items/customOrNullObject/rule/formula` when reading a collection. */
  customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
  /** The one range it applies to; a null object when it applies to several (ExcelApi 1.6). */
  getRangeOrNullObject(): XRange;
  delete(): void;
}

export interface XSettingCollection {
  getItemOrNullObject(key: string): XSetting;
  add(key: string, value: string): XSetting;
}

export interface XSetting extends XLoadable {
  isNullObject: boolean;
  value: unknown;
  delete(): void;
}

/** Office.context.document.settings: the common API, for Excel without ExcelApi 1.4. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/** What the adapter needs from its surroundings: Excel.run, requirement checks, settings. */
export interface ExcelHost {
  run<T>(batch: (context: XContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
  /** The common settings object, used when ExcelApi 1.4 is missing. */
  documentSettings?: DocumentSettings;
  /** The workbook's file name where Office knows it (for the summary sheet). */
  documentName?: string;
}
