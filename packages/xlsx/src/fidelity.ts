/**
 * Make exceljs write back what it read. Measured on real Chinese workbooks (Excel, WPS) and on
 * hand-written parts, a load + writeBuffer round trip of exceljs 4.4 changed things a clerk sees,
 * beyond the parts it drops (those are listed by lossy.ts instead):
 *   - the workbook's default cell format (style 0: 宋体 12, 等线 11, DengXian, often with vertical
 *     centring) became Calibri 11 without alignment for every cell written without a style, and
 *     Excel measures column widths in the default font;
 *   - date and time cells went through a JS Date and back as `25569 + ms / 86400000`, whose two
 *     roundings moved the serial by up to a few 1e-12 (0.19375 -> 0.1937499999985448): the same on
 *     screen, but `=A1=TIME(4,39,0)` turned FALSE;
 *   - a column exactly 9 characters wide lost its width (exceljs takes 9 for "not set");
 *   - the sheet's default row and column format (sheetFormatPr) lost baseColWidth (Mac Excel and
 *     WPS write `baseColWidth="10"`: every column without its own width narrowed from about 10.8
 *     to 8.4 characters), zeroHeight ("hide all unused rows") and gained customHeight;
 *   - a row without cells lost its hidden flag, outline level and row format (exceljs writes a
 *     row only when it has cells or a height): a hidden blank row reappeared;
 *   - page setup gained useFirstPageNumber="1" on every sheet (exceljs writes it whenever a first
 *     page number is known, and reads a missing one as 1): printing the whole workbook then
 *     restarted page numbers at 1 on each sheet;
 *   - text was written raw where OOXML escapes: a control character (pasted from other systems)
 *     was dropped, and a literal `_x0041_` came back as `A`; Excel writes `_x0001_` and
 *     `_x005F_x0041_`, which exceljs's loader already decodes;
 *   - a data validation over rows 2-20 was written as two overlapping ones, D10:D20 and D2:D20
 *     (exceljs sorts cell addresses as text, so "D10" < "D2"); LibreOffice and Numbers apply only
 *     the first (exceljs issue #2820), so the drop-down vanished from rows 2-9 there;
 *   - conditional formats of the kinds "duplicate values", "unique values", "begins with", "ends
 *     with" and "does not contain" were written as nothing, "contains" lost its text, and "stop if
 *     true" was dropped (Chinese clerks highlight duplicate customer numbers this way);
 *   - a note on an empty cell was dropped on load (only cells present in sheetData get notes).
 * The first nine are patched here in exceljs's shared modules, once per process (like
 * registerZhCnBuiltinFormats); the default style is handed over per workbook through
 * `preserveBaseStyle`. The notes are restored by `restoreDroppedNotes` after a load.
 */
import ExcelJS from 'exceljs';
import { columnLetter, columnNumber, serialOf1970 } from '@ledgerlint/policy/ledger';
import Column from 'exceljs/lib/doc/column.js';
import Row from 'exceljs/lib/doc/row.js';
import utils from 'exceljs/lib/utils/utils.js';
import CommentsXform from 'exceljs/lib/xlsx/xform/comment/comments-xform.js';
import VmlNotesXform from 'exceljs/lib/xlsx/xform/comment/vml-notes-xform.js';
import CfRuleXform from 'exceljs/lib/xlsx/xform/sheet/cf/cf-rule-xform.js';
import DataValidationsXform from 'exceljs/lib/xlsx/xform/sheet/data-validations-xform.js';
import PageSetupXform from 'exceljs/lib/xlsx/xform/sheet/page-setup-xform.js';
import SheetFormatPropertiesXform from 'exceljs/lib/xlsx/xform/sheet/sheet-format-properties-xform.js';
import WorkSheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform.js';
import TextXform from 'exceljs/lib/xlsx/xform/strings/text-xform.js';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import { serialPastDate } from './xlsx';

/** A cell style as exceljs models it (font, fill, border, alignment, numFmt, protection). */
export type StyleModel = Partial<ExcelJS.Style>;

const MS_PER_DAY = 86_400_000;
const DATE_TYPE = ExcelJS.ValueType.Date as number;

let patched = false;
/** The properties of the worksheet being rendered (WorkSheetXform.render is synchronous). */
let renderingProperties: Record<string, unknown> | undefined;
/** sheetFormatPr attributes of the OOXML schema (plus Excel 2010's dyDescent), in schema order. */
const SHEET_FORMAT_ATTRIBUTES = ['baseColWidth', 'defaultColWidth', 'defaultRowHeight', 'customHeight', 'zeroHeight', 'thickTop', 'thickBottom', 'outlineLevelRow', 'outlineLevelCol', 'x14ac:dyDescent'];
/** The default style of the workbook being written, set only during exceljs's synchronous prepareModel. */
let pendingBase: StyleModel | undefined;

interface StylesInternals {
  model: { styles: string[] };
  index: { style: Record<string, number> };
  weakMap?: WeakMap<object, number>;
  _addFont(font: unknown): number;
}

/**
 * Patch exceljs's shared modules (idempotent; done when this module loads):
 *   - dates are written as `(ms + 25569 * 86400000) / 86400000`, one rounding of exact integers,
 *     so a serial that was the nearest double to a whole millisecond comes back bit for bit (the
 *     reader's serialFromExcelDate computes the same);
 *   - a column width of 9 counts as set;
 *   - the styles writer starts from the workbook's own style 0 (see preserveBaseStyle), and a cell
 *     without any style keeps style 0 instead of a fresh copy of exceljs's default.
 * @example patchExceljsFidelity(); // then a loaded-and-written 0.19375 stays 0.19375
 */
export function patchExceljsFidelity(): void {
  if (patched) return;
  patched = true;

  utils.dateToExcel = (d: Date, date1904?: boolean): number => {
    // A serial too large for a Date (1e15 under a date format) goes back as it came, not as NaN.
    const past = serialPastDate(d);
    if (past !== undefined) return past;
    return (d.getTime() + serialOf1970(!!date1904) * MS_PER_DAY) / MS_PER_DAY;
  };

  Object.defineProperty(Column.prototype, 'isCustomWidth', {
    configurable: true,
    get(this: { width?: number }) {
      return this.width !== undefined;
    },
  });

  // A row with no cells but hidden, outlined or formatted is still a row.
  const rowModel = Object.getOwnPropertyDescriptor(Row.prototype, 'model')!;
  Object.defineProperty(Row.prototype, 'model', {
    configurable: true,
    set: rowModel.set,
    get(this: { number: number; height?: number; hidden?: boolean; outlineLevel?: number; collapsed?: boolean; style?: object }) {
      const model = rowModel.get!.call(this);
      if (model) return model;
      if (!this.hidden && !this.outlineLevel && !(this.style && Object.keys(this.style).length > 0)) return null;
      return { cells: [], number: this.number, min: 0, max: 0, height: this.height, style: this.style, hidden: this.hidden, outlineLevel: this.outlineLevel, collapsed: this.collapsed };
    },
  });

  // Text of shared strings, rich text runs and notes, escaped as Excel does (ST_Xstring).
  const textProto = TextXform.prototype as { render(xmlStream: unknown, model: unknown): void };
  const textRender = textProto.render;
  textProto.render = function patchedTextRender(xmlStream, model) {
    textRender.call(this, xmlStream, typeof model === 'string' ? escapeXstring(model) : model);
  };

  // Data validations: hand exceljs's writer non-overlapping rectangles it passes through as is.
  const dvProto = DataValidationsXform.prototype as { render(xmlStream: unknown, model: unknown): void };
  const dvRender = dvProto.render;
  dvProto.render = function patchedDataValidationsRender(xmlStream, model) {
    dvRender.call(this, xmlStream, model && typeof model === 'object' ? validationRectangles(model as Record<string, object>) : model);
  };

  // Conditional-format rules: read text and stopIfTrue, and write the kinds exceljs skips (and
  // stopIfTrue on expression and cell-value rules) ourselves; the rest as exceljs does.
  interface RuleModel {
    type: string;
    operator?: string;
    text?: string;
    stopIfTrue?: boolean;
    dxfId?: number;
    priority?: number;
    formulae?: string[];
  }
  interface RuleXmlStream {
    openNode(name: string, attributes?: Record<string, unknown>): void;
    leafNode(name: string, attributes?: Record<string, unknown> | null, text?: string): void;
    closeNode(): void;
  }
  const ruleProto = CfRuleXform.prototype as unknown as {
    createNewModel(this: unknown, node: { attributes: Record<string, string> }): RuleModel;
    render(this: unknown, xmlStream: RuleXmlStream, model: RuleModel): void;
  };
  const ruleCreate = ruleProto.createNewModel;
  ruleProto.createNewModel = function patchedCreateNewModel(node) {
    const model = ruleCreate.call(this, node);
    if (node.attributes.text !== undefined) model.text = node.attributes.text;
    if (/^(1|true)$/.test(node.attributes.stopIfTrue ?? '')) model.stopIfTrue = true;
    return model;
  };
  const ruleRender = ruleProto.render;
  const TEXT_RULES = /^(containsText|notContainsText|beginsWith|endsWith)$/;
  ruleProto.render = function patchedRuleRender(xmlStream, model) {
    const own = (type: string, extra: Record<string, unknown>, formulae: readonly string[]) => {
      const attributes = { type, dxfId: model.dxfId, priority: model.priority, ...extra, stopIfTrue: model.stopIfTrue ? '1' : undefined };
      if (formulae.length === 0) return xmlStream.leafNode('cfRule', attributes);
      xmlStream.openNode('cfRule', attributes);
      for (const f of formulae) xmlStream.leafNode('formula', null, f);
      xmlStream.closeNode();
    };
    const formulae = model.formulae ?? [];
    if (model.type === 'duplicateValues' || model.type === 'uniqueValues') return own(model.type, {}, []);
    // (A "contains" rule made with exceljs's API has no formula yet: exceljs writes one for it.)
    if (TEXT_RULES.test(model.type) && (model.type !== 'containsText' || (formulae.length > 0 && model.operator === 'containsText'))) {
      // exceljs reads the "contains" family as type containsText with the real kind as operator.
      const type = model.type === 'containsText' ? (model.operator ?? 'containsText') : model.type;
      if (TEXT_RULES.test(type)) return own(type, { operator: type, text: model.text }, formulae.slice(0, 1));
    }
    if (model.stopIfTrue && model.type === 'expression') return own('expression', {}, formulae.slice(0, 1));
    if (model.stopIfTrue && model.type === 'cellIs') return own('cellIs', { operator: model.operator }, formulae);
    ruleRender.call(this, xmlStream, model);
  };

  // First page number: only when the file said to use it (a sheet read from a file knows; one
  // made with exceljs leaves useFirstPageNumber undefined and keeps exceljs's behaviour).
  const pageSetup = PageSetupXform.prototype as { render(xmlStream: unknown, model?: { useFirstPageNumber?: boolean; firstPageNumber?: number }): void };
  const pageSetupRender = pageSetup.render;
  pageSetup.render = function patchedPageSetupRender(xmlStream, model) {
    pageSetupRender.call(this, xmlStream, model && model.useFirstPageNumber === false ? { ...model, firstPageNumber: undefined } : model);
  };

  // sheetFormatPr: keep the attributes as read (in the worksheet's properties, as `sheetFormat`)
  // and write them back, with what exceljs models (default sizes, outline levels) taken from its
  // model should a caller have changed it.
  interface XmlStream {
    leafNode(name: string, attributes: Record<string, unknown>): void;
  }
  const sheetRender = (WorkSheetXform.prototype as { render(xmlStream: unknown, model: { properties?: Record<string, unknown> }): void }).render;
  (WorkSheetXform.prototype as { render: typeof sheetRender }).render = function patchedSheetRender(xmlStream, model) {
    const saved = renderingProperties;
    renderingProperties = model?.properties;
    try {
      sheetRender.call(this, xmlStream, model);
    } finally {
      renderingProperties = saved;
    }
  };
  const formatProto = SheetFormatPropertiesXform.prototype as unknown as {
    model?: Record<string, unknown>;
    parseOpen(this: { model?: Record<string, unknown> }, node: { name: string; attributes: Record<string, string> }): boolean;
    render(this: unknown, xmlStream: XmlStream, model?: Record<string, number | undefined>): void;
  };
  const formatParseOpen = formatProto.parseOpen;
  formatProto.parseOpen = function patchedFormatParseOpen(node) {
    const result = formatParseOpen.call(this, node);
    if (node.name === 'sheetFormatPr' && this.model) {
      const raw: Record<string, string> = {};
      for (const name of SHEET_FORMAT_ATTRIBUTES) if (node.attributes[name] !== undefined) raw[name] = node.attributes[name];
      this.model.sheetFormat = raw;
    }
    return result;
  };
  const formatRender = formatProto.render;
  formatProto.render = function patchedFormatRender(xmlStream, model) {
    const raw = renderingProperties?.sheetFormat as Record<string, string> | undefined;
    if (!model || !raw) return formatRender.call(this, xmlStream, model);
    const attributes: Record<string, string | number> = { ...raw };
    const modelled: [string, number | undefined][] = [
      ['defaultColWidth', model.defaultColWidth],
      ['defaultRowHeight', model.defaultRowHeight],
      ['outlineLevelRow', model.outlineLevelRow],
      ['outlineLevelCol', model.outlineLevelCol],
    ];
    for (const [name, value] of modelled) {
      const before = raw[name] === undefined ? undefined : Number(raw[name]);
      // exceljs reads an absent outline level or row height as 0.
      if (value !== undefined && value !== before && !(before === undefined && value === 0)) attributes[name] = value;
    }
    const ordered: Record<string, string | number> = {};
    for (const name of SHEET_FORMAT_ATTRIBUTES) if (attributes[name] !== undefined) ordered[name] = attributes[name];
    xmlStream.leafNode('sheetFormatPr', ordered);
  };

  const proto = StylesXform.prototype as unknown as {
    init(this: StylesInternals): void;
    addStyleModel(this: StylesInternals, model: StyleModel | undefined, cellType?: number): number;
  };
  const init = proto.init;
  const addStyleModel = proto.addStyleModel;
  proto.init = function patchedInit(this: StylesInternals) {
    init.call(this);
    const base = pendingBase;
    if (!base) return;
    // Rebuild style 0 exactly as addStyleModel would build the clerk's style 0, so cells that
    // reference it explicitly (s="0") land on index 0 as well. Its font becomes font 0, the font
    // of the Normal style.
    this.model.styles = [];
    this.index.style = {};
    this.weakMap = new WeakMap();
    if (base.font) this._addFont(base.font);
    addStyleModel.call(this, base, ExcelJS.ValueType.Number as number);
    (this as unknown as { ledgerlintBase: boolean }).ledgerlintBase = true;
  };
  proto.addStyleModel = function patchedAddStyleModel(this: StylesInternals, model, cellType) {
    // A cell without any style is a cell on style 0 (exceljs would give it its own default).
    if ((this as unknown as { ledgerlintBase?: boolean }).ledgerlintBase && model && cellType !== DATE_TYPE && Object.keys(model).length === 0) return 0;
    return addStyleModel.call(this, model, cellType);
  };
}
patchExceljsFidelity();

/**
 * exceljs's data validations (cell address -> rule) regrouped as one entry per rectangle: each
 * rule's cells as runs down each column, side-by-side columns with the same runs joined. exceljs's
 * writer writes a key that is a range as it stands, so the output covers exactly the same cells,
 * once each. Keys that are not plain addresses pass through unchanged.
 * @example validationRectangles({ D2: rule, D3: rule, E2: rule, E3: rule }) // { 'D2:E3': rule }
 */
export function validationRectangles(model: Record<string, object>): Record<string, object> {
  const keys = new Map<object, string>();
  const groups = new Map<string, { rule: object; cells: [col: number, row: number][] }>();
  const out: Record<string, object> = {};
  for (const [address, rule] of Object.entries(model)) {
    const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(address);
    if (!m || !rule) {
      if (rule) out[address] = rule;
      continue;
    }
    let key = keys.get(rule);
    if (key === undefined) keys.set(rule, (key = JSON.stringify(rule)));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { rule, cells: [] }));
    group.cells.push([columnNumber(m[1]), Number(m[2])]);
  }
  const rectangles: { r1: number; c1: number; r2: number; c2: number; rule: object }[] = [];
  for (const { rule, cells } of groups.values()) {
    cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    // Runs down each column.
    const columns = new Map<number, [number, number][]>();
    for (const [col, row] of cells) {
      let runs = columns.get(col);
      if (!runs) columns.set(col, (runs = []));
      const last = runs[runs.length - 1];
      if (last && last[1] === row - 1) last[1] = row;
      else if (!last || last[1] < row) runs.push([row, row]);
    }
    // Join a run with the same run in the column just left of it.
    let open = new Map<string, { r1: number; c1: number; r2: number; c2: number; rule: object }>();
    for (const col of [...columns.keys()].sort((a, b) => a - b)) {
      const next = new Map<string, { r1: number; c1: number; r2: number; c2: number; rule: object }>();
      for (const [r1, r2] of columns.get(col)!) {
        const id = `${r1}:${r2}`;
        const prev = open.get(id);
        if (prev && prev.c2 === col - 1) {
          prev.c2 = col;
          next.set(id, prev);
        } else {
          const rect = { r1, c1: col, r2, c2: col, rule };
          rectangles.push(rect);
          next.set(id, rect);
        }
      }
      open = next;
    }
  }
  rectangles.sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  for (const { r1, c1, r2, c2, rule } of rectangles) {
    const tl = `${columnLetter(c1)}${r1}`;
    out[r1 === r2 && c1 === c2 ? tl : `${tl}:${columnLetter(c2)}${r2}`] = rule;
  }
  return out;
}

/**
 * Escape text as OOXML strings store it: an existing `_xHHHH_` gets its underscore escaped, and
 * characters XML cannot carry become `_xHHHH_`.
 * @example escapeXstring('a\u0001_x0041_') // 'a_x0001__x005F_x0041_'
 */
export function escapeXstring(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) =>
    ch === '_' ? '_x005F_' : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/**
 * Parse an xl/styles.xml with exceljs and return its style 0 (the format of every cell written
 * without `s`), or undefined when the part has none.
 * @example const base = await baseStyleOf(stylesXml) // { font: { name: '宋体', size: 12, ... }, alignment: { vertical: 'middle' } }
 */
export async function baseStyleOf(stylesXml: string): Promise<StyleModel | undefined> {
  const xform = new StylesXform() as unknown as { parseStream(s: Iterable<string>): Promise<unknown>; getStyleModel(id: number): StyleModel | null };
  await xform.parseStream([stylesXml]);
  return xform.getStyleModel(0) ?? undefined;
}

/**
 * Make every later write of this workbook start from `base` as style 0 (the clerk's default font,
 * alignment, fill, border). Overrides prepareModel on this workbook's own XLSX object only;
 * prepareModel is synchronous, so the hand-over cannot leak into another workbook's write.
 * @example preserveBaseStyle(workbook, await baseStyleOf(stylesXml));
 */
export function preserveBaseStyle(workbook: ExcelJS.Workbook, base: StyleModel | undefined): void {
  if (!base) return;
  const xlsx = workbook.xlsx as unknown as { prepareModel(model: unknown, options: unknown): void };
  const prepare = Object.getPrototypeOf(xlsx).prepareModel as (model: unknown, options: unknown) => void;
  xlsx.prepareModel = function prepareWithBase(model: unknown, options: unknown) {
    pendingBase = base;
    try {
      prepare.call(this, model, options);
    } finally {
      pendingBase = undefined;
    }
  };
}

interface ParsedComment {
  ref?: string;
  note: { texts: { text?: string; font?: unknown }[]; [key: string]: unknown };
}

/**
 * Put back the notes exceljs dropped on load: it attaches a note only to a cell present in the
 * sheet's XML, and Excel writes no cell element for an empty cell that only carries a note.
 * `sheets` pairs each worksheet with its comments part and VML drawing (XML text); the notes are
 * rebuilt as exceljs's own loader builds them (texts from the comments part, box settings from the
 * VML shape at the same index).
 * @example await restoreDroppedNotes([{ worksheet, comments: xml, vml: vmlXml }]) // 1
 */
export async function restoreDroppedNotes(sheets: { worksheet: ExcelJS.Worksheet; comments: string; vml?: string }[]): Promise<number> {
  let restored = 0;
  for (const { worksheet, comments, vml } of sheets) {
    const parsed = (await new CommentsXform().parseStream([comments])) as { comments?: ParsedComment[] } | undefined;
    const list = parsed?.comments ?? [];
    if (list.length === 0) continue;
    let shapes: Record<string, unknown>[] = [];
    if (vml) shapes = ((await new VmlNotesXform().parseStream([vml])) as { comments?: Record<string, unknown>[] } | undefined)?.comments ?? [];
    list.forEach((comment, index) => {
      if (!comment.ref || !/^[A-Z]{1,3}[1-9]\d*$/.test(comment.ref)) return;
      const existing = (worksheet as unknown as { findCell(address: string): ExcelJS.Cell | undefined }).findCell(comment.ref);
      if (existing?.note !== undefined) return;
      const note = Object.assign({}, comment.note, shapes[index]);
      const texts = note.texts;
      // As exceljs's Note model setter: one plain run becomes a plain string.
      const value = texts.length === 1 && Object.keys(texts[0]).length === 1 ? texts[0].text ?? '' : note;
      worksheet.getCell(comment.ref).note = value as ExcelJS.Comment;
      restored++;
    });
  }
  return restored;
}
