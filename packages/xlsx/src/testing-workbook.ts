/**
 * Test helpers for the annotation writer (not exported from the package): a canonical dump of
 * everything a clerk can observe in a workbook, a tiny PNG, zip surgery and a reload through
 * openWorkbook.
 */
import { createHash } from 'node:crypto';
import { deflateSync, inflateRawSync } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { type AnnotationPlan } from '@ledgerlint/policy';
import { RECORD_SHEET_NAME } from '@ledgerlint/policy/annotate';
import { columnLetter } from '@ledgerlint/policy/ledger';
import { openWorkbook } from './open-workbook';
import { readZipDirectory } from './sniff';
import { zipFiles } from './testing';

/**
 * A valid 1x1 PNG (red), built by hand so the tests need no image file.
 * @example workbook.addImage({ buffer: tinyPng(), extension: 'png' })
 */
export function tinyPng(): Buffer {
  const table = new Int32Array(256).map((_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  const crc = (b: Buffer) => {
    let c = -1;
    for (const x of b) c = table[(c ^ x) & 255] ^ (c >>> 8);
    return (c ^ -1) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Every entry of a zip, uncompressed, in order.
 * @example unzip(bytes).get('xl/workbook.xml')
 */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const dir = readZipDirectory(bytes);
  if (!dir) throw new Error('not a zip');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of dir.entries) {
    const n = view.getUint16(e.offset + 26, true);
    const x = view.getUint16(e.offset + 28, true);
    const raw = bytes.subarray(e.offset + 30 + n + x, e.offset + 30 + n + x + e.compressedSize);
    out.set(e.name, e.method === 0 ? Buffer.from(raw) : inflateRawSync(raw));
  }
  return out;
}

/**
 * Rezip entries (directories dropped), e.g. after adding parts to an exceljs-written file.
 * @example rezip(new Map([...unzip(bytes), ['xl/vbaProject.bin', Buffer.from('x')]]))
 */
export function rezip(parts: Map<string, Buffer | string>): Buffer {
  return zipFiles([...parts].filter(([name]) => !name.endsWith('/')).map(([name, data]) => [name, typeof data === 'string' ? data : new Uint8Array(data)]));
}

/**
 * Write a workbook and open the bytes again the way the annotator does.
 * @example const again = await reload(workbook);
 */
export async function reload(workbook: ExcelJS.Workbook, name = 'reload.xlsx'): Promise<ExcelJS.Workbook> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return (await openWorkbook(bytes, name)).workbook;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Plain JSON of a value: Dates as ISO text, undefined keys dropped, keys sorted. */
function canonical(v: unknown): Json {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return `sha1:${createHash('sha1').update(v).digest('hex')}`;
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[key];
      if (x !== undefined) out[key] = canonical(x);
    }
    return out;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v as Json;
}

export interface SheetDump {
  name: string;
  state: string;
  /** address -> type, value or formula and result, style, note. */
  cells: Record<string, Json>;
  /** Row number -> height, hidden, outline level, style (only rows that have any). */
  rows: Record<string, Json>;
  /** Column number -> width, hidden, outline level, style (only columns that have any). */
  columns: Record<string, Json>;
  merges: string[];
  conditionalFormats: Json;
  dataValidations: Json;
  images: Json;
  views: Json;
  pageSetup: Json;
  headerFooter: Json;
  autoFilter: Json;
  properties: Json;
  protection: Json;
  tables: Json;
}

export interface WorkbookDump {
  date1904: boolean;
  definedNames: Json;
  media: Json;
  sheets: SheetDump[];
}

interface ModelCell {
  address: string;
  style?: object;
  comment?: { note?: unknown };
  [key: string]: unknown;
}
interface ModelRow {
  number: number;
  cells: ModelCell[];
  height?: number;
  hidden?: boolean;
  outlineLevel?: number;
  style?: object;
}

const nonEmpty = (o: object | undefined) => (o && Object.keys(o).length > 0 ? o : undefined);

/**
 * Everything a clerk can observe in a workbook, as canonical JSON: per sheet its name and state,
 * each cell's type, value, formula, result, number format, font, fill, alignment, border and
 * note, merges, column widths and hidden flags, row heights and hidden flags, conditional formats,
 * data validations, pictures, views, print settings, auto filter; defined names and media.
 * Reads exceljs's models only (never creates rows or cells).
 * @example expect(dumpWorkbook(await reload(a))).toEqual(dumpWorkbook(await reload(b)))
 */
export function dumpWorkbook(wb: ExcelJS.Workbook): WorkbookDump {
  const model = wb.model as unknown as { media?: { type: string; name?: string; extension?: string; buffer?: Buffer }[] };
  return {
    date1904: (wb.properties as { date1904?: boolean }).date1904 === true,
    definedNames: canonical(
      (wb.definedNames.model as { name: string; ranges: string[] }[]).map((d) => ({ name: d.name, ranges: [...d.ranges].sort() })).sort((a, b) => a.name.localeCompare(b.name)),
    ),
    media: canonical((model.media ?? []).map((m) => ({ type: m.type, extension: m.extension, buffer: m.buffer }))),
    sheets: wb.worksheets.map((ws) => dumpSheet(ws)),
  };
}

function dumpSheet(ws: ExcelJS.Worksheet): SheetDump {
  const m = ws.model as unknown as {
    rows: ModelRow[];
    cols?: { min: number; max: number; width?: number; hidden?: boolean; outlineLevel?: number; style?: object; isCustomWidth?: boolean }[];
    merges: string[];
    conditionalFormattings?: { ref: string; rules: Record<string, unknown>[] }[];
    dataValidations: unknown;
    media: unknown;
    views: unknown;
    pageSetup: unknown;
    headerFooter: unknown;
    autoFilter: unknown;
    properties: unknown;
    sheetProtection: unknown;
    tables: unknown;
    state?: string;
  };
  const cells: Record<string, Json> = {};
  const rows: Record<string, Json> = {};
  for (const row of m.rows) {
    const props = { height: row.height, hidden: row.hidden || undefined, outlineLevel: row.outlineLevel || undefined, style: nonEmpty(row.style) };
    if (Object.values(props).some((v) => v !== undefined)) rows[row.number] = canonical(props);
    for (const cell of row.cells) {
      // ssId and styleId are exceljs's bookkeeping of a write, not content.
      const { address, style, comment, ssId: _ss, styleId: _st, ...rest } = cell;
      cells[address] = canonical({ ...rest, style: nonEmpty(style), note: comment?.note });
    }
  }
  const columns: Record<string, Json> = {};
  for (const col of m.cols ?? []) {
    for (let c = col.min; c <= col.max; c++) {
      columns[c] = canonical({ width: col.width, hidden: col.hidden || undefined, outlineLevel: col.outlineLevel || undefined, style: nonEmpty(col.style) });
    }
  }
  // Conditional formats as written: the dxf index exceljs adds on writing is not part of them.
  const cfs = (m.conditionalFormattings ?? []).map((cf) => ({ ref: cf.ref, rules: cf.rules.map(({ dxfId: _dxf, ...rule }) => rule) }));
  return {
    name: ws.name,
    state: m.state ?? 'visible',
    cells,
    rows,
    columns,
    merges: [...m.merges].sort(),
    conditionalFormats: canonical(cfs),
    dataValidations: canonical(m.dataValidations),
    images: canonical(m.media),
    views: canonical(m.views),
    pageSetup: canonical(m.pageSetup),
    headerFooter: canonical(m.headerFooter),
    autoFilter: canonical(m.autoFilter),
    properties: canonical(m.properties),
    protection: canonical(m.sheetProtection),
    tables: canonical(m.tables),
  };
}

/**
 * A dump with everything the plan added taken out: what must equal the clerk's original with the
 * same cells taken out (the clerk's empty but formatted cells there come back on clear).
 */
export function withoutAnnotation(dump: WorkbookDump, plan: AnnotationPlan): WorkbookDump {
  const copy = JSON.parse(JSON.stringify(dump)) as WorkbookDump;
  copy.sheets = copy.sheets.filter((s) => s.name !== plan.summary.name && s.name !== plan.calls.name && s.name !== RECORD_SHEET_NAME);
  const sheet = copy.sheets.find((s) => s.name === plan.sheet)!;
  const ours = new Set([columnLetter(plan.statusColumn), columnLetter(plan.nextDueColumn)]);
  for (const address of Object.keys(sheet.cells)) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
    if (ours.has(col) && +row >= plan.headerRow && +row <= plan.lastDataRow) delete sheet.cells[address];
  }
  delete sheet.columns[plan.statusColumn];
  delete sheet.columns[plan.nextDueColumn];
  const cfs = sheet.conditionalFormats as { ref: string; rules: { formulae?: string[] }[] }[];
  sheet.conditionalFormats = cfs.filter((cf) => !plan.highlights.some((h) => h.ref === cf.ref && cf.rules.length === 1 && cf.rules[0].formulae?.[0] === h.formula));
  return copy;
}
