/**
 * A fake Excel workbook implementing the slice of the Excel JavaScript API the adapter uses
 * (`addin/src/office/excel-slice.ts`), with Office.js's batching rules: calls are queued and run
 * at `context.sync()`; a loaded property can be read only after the sync that loads it (else
 * PropertyNotLoaded). It records every call, every sync and the payload (bytes of UTF-8 JSON sent
 * and received) of each sync, and refuses a sync over the payload limit as Excel on the web does.
 * No Node API: the browser test bundles it as the stub Office.js.
 */
import type { DocumentSettings, ExcelHost } from '../src/office/excel-slice';

export type Cell = { value?: string | number | boolean; format?: string; fill?: string; font?: string; bold?: boolean; wrap?: boolean; formula?: boolean };
export interface FakeCf {
  ref: string;
  formula: string;
  fill?: string;
  font?: string;
}
/**
 * The cells of a sheet by "row,col" key, with an index by row and the used-range bounds kept up
 * to date as cells are added (a write over an existing cell or a delete recomputes them once, on
 * the next read), so that reading a 100,000-row sheet costs what Excel's own reads would, not a
 * scan of every key per call.
 */
/**
 * What Excel shows for a formula cell: the text of a HYPERLINK (the only formula our writers put
 * into a workbook: the 待回访 sheet's links); any other formula as written.
 * @example formulaResult('=HYPERLINK("#\'S\'!A5","第 5 行")') // '第 5 行'
 */
export function formulaResult(value: Cell['value']): Cell['value'] {
  const m = typeof value === 'string' ? /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(value) : null;
  return m ? m[1].replace(/""/g, '"') : value;
}

export class CellMap extends Map<string, Cell> {
  readonly byRow = new Map<number, Map<number, Cell>>();
  private bounds: { all: Rect | null; values: Rect | null } | null = { all: null, values: null };
  override set(k: string, cell: Cell): this {
    if (!this.byRow) return super.set(k, cell); // Map's constructor
    const i = k.indexOf(',');
    return this.put(Number(k.slice(0, i)), Number(k.slice(i + 1)), cell, k);
  }
  /** set() for a row and column already known. */
  put(r: number, c: number, cell: Cell, k = `${r},${c}`): this {
    const existed = super.has(k);
    let row = this.byRow.get(r);
    if (!row) this.byRow.set(r, (row = new Map()));
    row.set(c, cell);
    super.set(k, cell);
    if (existed) this.bounds = null;
    else if (this.bounds) {
      if (Object.keys(cell).length > 0) this.bounds.all = grow(this.bounds.all, r, c);
      if (cell.value !== undefined) this.bounds.values = grow(this.bounds.values, r, c);
    }
    return this;
  }
  override delete(k: string): boolean {
    const i = k.indexOf(',');
    this.byRow.get(Number(k.slice(0, i)))?.delete(Number(k.slice(i + 1)));
    this.bounds = null;
    return super.delete(k);
  }
  override clear(): void {
    this.byRow.clear();
    this.bounds = { all: null, values: null };
    super.clear();
  }
  /** A cell was changed in place: recompute the bounds on the next read. */
  touch(): void {
    this.bounds = null;
  }
  at(r: number, c: number): Cell | undefined {
    return this.byRow.get(r)?.get(c);
  }
  used(valuesOnly: boolean): Rect | null {
    if (!this.bounds) {
      const b: { all: Rect | null; values: Rect | null } = { all: null, values: null };
      for (const [r, row] of this.byRow)
        for (const [c, cell] of row) {
          if (Object.keys(cell).length > 0) b.all = grow(b.all, r, c);
          if (cell.value !== undefined) b.values = grow(b.values, r, c);
        }
      this.bounds = b;
    }
    const x = valuesOnly ? this.bounds.values : this.bounds.all;
    return x ? { ...x } : null;
  }
}
function grow(x: Rect | null, r: number, c: number): Rect {
  if (!x) return { r1: r, c1: c, r2: r, c2: c };
  if (r < x.r1) x.r1 = r;
  if (r > x.r2) x.r2 = r;
  if (c < x.c1) x.c1 = c;
  if (c > x.c2) x.c2 = c;
  return x;
}

export interface FakeSheet {
  id: string;
  name: string;
  /** 'Visible', 'Hidden' or 'VeryHidden' (Office.js's words). */
  visibility: string;
  cells: CellMap;
  /** Column widths in points; absent: the standard width (DEFAULT_WIDTH). */
  widths: Map<number, number>;
  hiddenColumns: Set<number>;
  /** Rows hidden by the clerk's filter. */
  hiddenRows: Set<number>;
  /** The clerk's AutoFilter range, if any. */
  autoFilter: string | null;
  notes: Map<string, string>;
  cfs: FakeCf[];
  protected: boolean;
  /** Merged areas (whole rectangles; only the top-left cell holds a value, as in Excel). */
  merges: Rect[];
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
export const DEFAULT_WIDTH = 48;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
const key = (r: number, c: number) => `${r},${c}`;
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
/** "A1", "A1:C3", "A:A", "5:5", or undefined for the whole sheet. */
export function parseAddress(address: string | undefined): Rect {
  if (!address) return { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS };
  const part = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = part.replace(/\$/g, '').split(':');
  const one = (s: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s);
    if (!m || (!m[1] && !m[2])) throw Object.assign(new Error(`bad address ${address}`), { code: 'InvalidArgument' });
    return { c: m[1] ? colIndex(m[1]) : 0, r: m[2] ? Number(m[2]) : 0 };
  };
  const p = one(a);
  const q = one(b);
  return { r1: p.r || 1, c1: p.c || 1, r2: q.r || MAX_ROWS, c2: q.c || MAX_COLS };
}
export const rectAddress = (x: Rect) => `${colLetters(x.c1)}${x.r1}:${colLetters(x.c2)}${x.r2}`;
/** A range's address as Excel gives it: the sheet's name (quoted unless plain), "E5" for one cell. */
export function excelAddress(sheet: string, x: Rect): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${x.r1 === x.r2 && x.c1 === x.c2 ? `${colLetters(x.c1)}${x.r1}` : rectAddress(x)}`;
}
const intersects = (a: Rect, b: Rect) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

export function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}
const encoder = new TextEncoder();
const jsonBytes = (v: unknown) => encoder.encode(JSON.stringify(v) ?? '').length;

/** A date format, roughly as Excel tells one (y, d, h, s, or m outside a number pattern). */
function dateLike(format: string | undefined): boolean {
  if (!format) return false;
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ydhs]/i.test(f) || (/(^|[^0#?])m/i.test(f) && !/^[#0.,%\s-]*$/.test(f));
}

/** What Excel would display for a cell: dates in the workbook's date system (yyyy/m/d [h:mm]). */
export function displayText(value: unknown, format: string | undefined, date1904: boolean): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return String(value);
  if (!dateLike(format) || value < 0) return String(value);
  const ms = Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30) + Math.round(value * 86_400_000);
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  return /h/i.test(format!) ? `${date} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}` : date;
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

export interface SyncRecord {
  /** Bytes sent (writes and their arguments). */
  sent: number;
  /** Bytes received (loaded values). */
  received: number;
  ops: number;
}

export interface FakeOptions {
  /** Highest ExcelApi 1.x supported, e.g. '1.20', '1.12' (Office 2021), '1.8' (Office 2019), '1.2' (Office 2016). */
  excelApi?: string;
  /** Payload limit per request and per response (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** The workbook uses the 1904 date system (cells' `text` shows dates in it). */
  date1904?: boolean;
  /** This Office.js exposes `workbook.use1904DateSystem` (a preview API); 'refused': it does, but the host fails the request. */
  use1904Api?: boolean | 'refused';
}

/** The workbook's data plus the call log. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  active = 0;
  settings = new Map<string, unknown>();
  documentSettingsData = new Map<string, unknown>();
  documentSettingsSaved = new Map<string, unknown>();
  excelApi: string;
  payloadLimit: number;
  date1904: boolean;
  use1904Api: boolean | 'refused';
  /** Every API call, in order, as "Object.member(args)". */
  calls: string[] = [];
  syncs: SyncRecord[] = [];
  /** Milliseconds spent inside context.sync() (this fake standing in for Excel), for the bench. */
  syncMs = 0;
  runs: { mergeUndoGroup: boolean }[] = [];
  /** Cells written by any call, as "sheet!A1". */
  written = new Set<string>();
  selections: string[] = [];
  private nextId = 1;

  constructor(options: FakeOptions = {}) {
    this.excelApi = options.excelApi ?? '1.20';
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.date1904 = options.date1904 ?? false;
    this.use1904Api = options.use1904Api ?? false;
  }

  addSheet(name: string, rows: (string | number | boolean | null)[][] = [], options: { formats?: (string | null)[][]; top?: number; left?: number } = {}): FakeSheet {
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: 'Visible',
      cells: new CellMap(),
      widths: new Map(),
      hiddenColumns: new Set(),
      hiddenRows: new Set(),
      autoFilter: null,
      notes: new Map(),
      cfs: [],
      protected: false,
      merges: [],
    };
    const top = options.top ?? 1;
    const left = options.left ?? 1;
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const f = options.formats?.[i]?.[j];
        if (v === null && !f) return;
        const cell: Cell = {};
        if (v !== null) cell.value = v;
        if (f) cell.format = f;
        sheet.cells.put(top + i, left + j, cell);
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Merge a range as Excel's Merge & Center does: the top-left cell keeps its value, the others lose theirs. */
  merge(name: string, address: string): void {
    const s = this.sheet(name)!;
    const x = parseAddress(address);
    if (s.merges.some((m) => intersects(m, x))) throw officeError('InvalidOperation', `${address} overlaps a merged area`);
    for (let r = x.r1; r <= x.r2; r++)
      for (let c = x.c1; c <= x.c2; c++) {
        const cell = s.cells.at(r, c);
        if ((r > x.r1 || c > x.c1) && cell?.value !== undefined) {
          delete cell.value;
          s.cells.touch();
        }
      }
    s.merges.push(x);
  }

  supports(version: string): boolean {
    const [, want] = version.split('.').map(Number);
    const [, have] = this.excelApi.split('.').map(Number);
    return want <= have;
  }

  /** A deep copy of everything a person could see, to compare before and after. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((s) => ({
          ...s,
          cells: [...s.cells].sort(),
          widths: [...s.widths].sort(),
          notes: [...s.notes].sort(),
          hiddenColumns: [...s.hiddenColumns].sort(),
          hiddenRows: [...s.hiddenRows].sort(),
        })),
        settings: [...this.settings],
      }),
    );
  }

  /** The clerk's cells of a sheet (for "never written" checks): every cell key now present. */
  cellKeys(name: string): string[] {
    const s = this.sheet(name)!;
    return [...s.cells.keys()].map((k) => {
      const [r, c] = k.split(',').map(Number);
      return `${name}!${colLetters(c)}${r}`;
    });
  }

  host(documentName = '客户回访记录表.xlsx'): ExcelHost & { workbook: FakeWorkbook } {
    const wb = this;
    const documentSettings: DocumentSettings = {
      get: (n) => wb.documentSettingsData.get(n) ?? null,
      set: (n, v) => void wb.documentSettingsData.set(n, v),
      remove: (n) => void wb.documentSettingsData.delete(n),
      saveAsync: (cb) => {
        wb.documentSettingsSaved = new Map(wb.documentSettingsData);
        cb?.({ status: 'succeeded' });
      },
    };
    return {
      workbook: wb,
      documentName,
      documentSettings,
      isSetSupported: (name, version) => name === 'ExcelApi' && wb.supports(version),
      async run(batch, options) {
        if (options?.mergeUndoGroup && !wb.supports('1.20')) throw officeError('ApiNotFound', 'mergeUndoGroup needs ExcelApi 1.20');
        wb.runs.push({ mergeUndoGroup: !!options?.mergeUndoGroup });
        const ctx = new FakeContext(wb);
        const result = await batch(ctx as never);
        if (ctx.queue.length) await ctx.sync();
        return result;
      },
    };
  }
}

type Op = { kind: 'load' | 'write'; name: string; run: () => number };

/** One Excel.run's request context: a queue of operations run at sync(). */
class FakeContext {
  queue: Op[] = [];
  workbook: FakeWorkbookProxy;
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  /** Queue a call; `run` gives the bytes it moves. */
  op(kind: Op['kind'], name: string, run: () => number): void {
    this.wb.calls.push(name);
    this.queue.push({ kind, name, run });
  }
  async sync(): Promise<void> {
    const t0 = performance.now();
    try {
      await this.syncNow();
    } finally {
      this.wb.syncMs += performance.now() - t0;
    }
  }
  private async syncNow(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const record: SyncRecord = { sent: 0, received: 0, ops: queue.length };
    this.wb.syncs.push(record);
    // The request (writes and their arguments) is measured before anything runs, as Excel would.
    for (const op of queue) if (op.kind === 'write') record.sent += op.run === undefined ? 0 : 0;
    const pending = queue.map((op) => ({ op, bytes: 0 }));
    for (const p of pending) {
      p.bytes = p.op.run();
      if (p.op.kind === 'write') record.sent += p.bytes;
      else record.received += p.bytes;
    }
    if (record.sent > this.wb.payloadLimit) throw officeError('RequestPayloadSizeLimitExceeded', `request of ${record.sent} bytes`);
    if (record.received > this.wb.payloadLimit) throw officeError('ResponsePayloadSizeLimitExceeded', `response of ${record.received} bytes`);
    await Promise.resolve();
  }
}

/** A property holder: a loaded property is readable after the sync that loaded it. */
class Loadable {
  private loaded = new Set<string>();
  private data: Record<string, unknown> = {};
  constructor(
    protected ctx: FakeContext,
    protected label: string,
  ) {}
  /** Subclasses compute property values at sync time. */
  protected compute(_prop: string): unknown {
    return undefined;
  }
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.op('load', `${this.label}.load(${list.join(',')})`, () => {
      let bytes = 0;
      for (const p of list) {
        const v = this.compute(p);
        this.data[p] = v;
        this.loaded.add(p);
        bytes += jsonBytes(v) + p.length + 4;
      }
      return bytes;
    });
    return this;
  }
  protected get(prop: string): unknown {
    if (!this.loaded.has(prop)) throw officeError('PropertyNotLoaded', `${this.label}.${prop} was read before it was loaded and synced`);
    return this.data[prop];
  }
}

class FakeWorkbookProxy extends Loadable {
  worksheets: WorksheetsProxy;
  settings: SettingsProxy;
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook');
    this.worksheets = new WorksheetsProxy(ctx);
    this.settings = new SettingsProxy(ctx);
    // A preview property: present only when this "Office.js" has it.
    if (ctx.wb.use1904Api) Object.defineProperty(this, 'use1904DateSystem', { get: () => this.get('use1904DateSystem'), enumerable: true });
  }
  protected override compute(prop: string): unknown {
    if (prop === 'use1904DateSystem') {
      if (this.ctx.wb.use1904Api === 'refused') throw officeError('ApiNotFound', 'workbook.use1904DateSystem is not available on this host');
      return this.ctx.wb.date1904;
    }
    throw officeError('InvalidArgument', `workbook.${prop} is not known`);
  }
}

class WorksheetsProxy extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx, 'worksheets');
  }
  protected override compute(prop: string): unknown {
    if (prop.startsWith('items')) return this.ctx.wb.sheets.map((s) => ({ id: s.id, name: s.name }));
    return undefined;
  }
  get items(): { id: string; name: string }[] {
    return this.get('items/id') as never;
  }
  override load(props?: string | string[]): this {
    // 'items/id,items/name' loads the list once.
    return super.load(['items/id']) && this;
  }
  getActiveWorksheet(): SheetProxy {
    this.ctx.wb.calls.push('worksheets.getActiveWorksheet()');
    return new SheetProxy(this.ctx, () => this.ctx.wb.sheets[this.ctx.wb.active]);
  }
  getItem(k: string): SheetProxy {
    this.ctx.wb.calls.push(`worksheets.getItem(${k})`);
    return new SheetProxy(this.ctx, () => {
      const s = this.ctx.wb.sheets.find((x) => x.name === k || x.id === k);
      if (!s) throw officeError('ItemNotFound', `no sheet ${k}`);
      return s;
    });
  }
  add(name: string): SheetProxy {
    let created: FakeSheet | undefined;
    this.ctx.op('write', `worksheets.add(${name})`, () => {
      if (this.ctx.wb.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', name);
      created = this.ctx.wb.addSheet(name);
      return jsonBytes(name) + 20;
    });
    return new SheetProxy(this.ctx, () => {
      if (!created) throw officeError('ItemNotFound', name);
      return created;
    });
  }
}

class SheetProxy extends Loadable {
  protection: ProtectionProxy;
  notes: { add(cellAddress: string, content: string): void };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx, 'worksheet');
    this.protection = new ProtectionProxy(ctx, resolve);
    this.notes = {
      add: (cellAddress: string, content: string) => {
        if (!ctx.wb.supports('1.18')) throw officeError('ApiNotFound', 'notes need ExcelApi 1.18');
        ctx.op('write', `notes.add(${cellAddress})`, () => {
          const s = resolve();
          const x = parseAddress(cellAddress);
          if (x.r1 !== x.r2 || x.c1 !== x.c2) throw officeError('InvalidArgument', 'a note goes on one cell');
          s.notes.set(`${colLetters(x.c1)}${x.r1}`, content);
          ctx.wb.written.add(`${s.name}!${colLetters(x.c1)}${x.r1}`);
          return jsonBytes(content) + jsonBytes(cellAddress) + 20;
        });
      },
    };
  }
  protected override compute(prop: string): unknown {
    const s = this.resolve();
    return prop === 'id' ? s.id : prop === 'name' ? s.name : prop === 'visibility' ? s.visibility : undefined;
  }
  get id(): string {
    return this.get('id') as string;
  }
  get visibility(): string {
    return this.get('visibility') as string;
  }
  set visibility(v: string) {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw officeError('InvalidArgument', `visibility ${v}`);
    this.ctx.op('write', `worksheet.visibility=${v}`, () => {
      const s = this.resolve();
      if (v !== 'Visible' && this.ctx.wb.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) throw officeError('InvalidOperation', 'a workbook keeps one visible sheet');
      s.visibility = v;
      return 30;
    });
  }
  get name(): string {
    return this.get('name') as string;
  }
  getRange(address?: string): RangeProxy {
    this.ctx.wb.calls.push(`worksheet.getRange(${address ?? ''})`);
    return new RangeProxy(this.ctx, this.resolve, () => parseAddress(address));
  }
  private used(valuesOnly: boolean): Rect | null {
    return this.resolve().cells.used(valuesOnly);
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    this.ctx.wb.calls.push(`worksheet.getUsedRange(${valuesOnly})`);
    return new RangeProxy(this.ctx, this.resolve, () => {
      const u = this.used(valuesOnly);
      if (!u) {
        if (valuesOnly) throw officeError('ItemNotFound', 'the sheet has no used range');
        return { r1: 1, c1: 1, r2: 1, c2: 1 };
      }
      return u;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    if (!this.ctx.wb.supports('1.4')) throw officeError('ApiNotFound', 'getUsedRangeOrNullObject needs ExcelApi 1.4');
    this.ctx.wb.calls.push(`worksheet.getUsedRangeOrNullObject(${valuesOnly})`);
    return new RangeProxy(this.ctx, this.resolve, () => this.used(valuesOnly), true);
  }
  activate(): void {
    this.ctx.op('write', 'worksheet.activate()', () => {
      const s = this.resolve();
      this.ctx.wb.active = this.ctx.wb.sheets.indexOf(s);
      return 20;
    });
  }
  delete(): void {
    this.ctx.op('write', 'worksheet.delete()', () => {
      const s = this.resolve();
      const wb = this.ctx.wb;
      const activeSheet = wb.sheets[wb.active];
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.active = Math.max(0, wb.sheets.indexOf(activeSheet));
      return 20;
    });
  }
}

class ProtectionProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private resolve: () => FakeSheet,
  ) {
    super(ctx, 'protection');
  }
  protected override compute(prop: string): unknown {
    return prop === 'protected' ? this.resolve().protected : undefined;
  }
  get protected(): boolean {
    return this.get('protected') as boolean;
  }
}

class RangeProxy extends Loadable {
  readonly rect: () => Rect | null;
  format: FormatProxy;
  conditionalFormats: CfCollectionProxy;
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    rectOf: () => Rect | null,
    private nullable = false,
  ) {
    super(ctx, 'range');
    // Resolved once, at the first sync that needs it (as Excel resolves a range proxy).
    let done = false;
    let cached: Rect | null = null;
    this.rect = () => {
      if (!done) {
        cached = rectOf();
        done = true;
      }
      return cached;
    };
    this.format = new FormatProxy(ctx, this);
    this.conditionalFormats = new CfCollectionProxy(ctx, this);
  }
  /** The rectangle, or an error when a write targets a protected sheet. */
  target(): { s: FakeSheet; x: Rect } {
    const s = this.sheet();
    const x = this.rect();
    if (!x) throw officeError('InvalidReference', 'null range');
    return { s, x };
  }
  write(name: string, bytes: number, apply: (s: FakeSheet, x: Rect) => void): void {
    this.ctx.op('write', name, () => {
      const { s, x } = this.target();
      if (s.protected) throw officeError('AccessDenied', `sheet ${s.name} is protected`);
      apply(s, x);
      return bytes;
    });
  }
  protected override compute(prop: string): unknown {
    const s = this.sheet();
    const x = this.rect();
    if (prop === 'isNullObject') return x === null;
    if (!x) return null;
    const rows = x.r2 - x.r1 + 1;
    const cols = x.c2 - x.c1 + 1;
    switch (prop) {
      case 'address':
        return excelAddress(s.name, x);
      case 'rowIndex':
        return x.r1 - 1;
      case 'columnIndex':
        return x.c1 - 1;
      case 'rowCount':
        return rows;
      case 'columnCount':
        return cols;
      case 'cellCount':
        return rows * cols;
      case 'values':
      case 'numberFormat':
      case 'text': {
        if (rows * cols > 5_000_000) throw officeError('ResponsePayloadSizeLimitExceeded', 'too many cells');
        const out: unknown[][] = new Array(rows);
        const date1904 = this.ctx.wb.date1904;
        for (let r = x.r1; r <= x.r2; r++) {
          const row: unknown[] = new Array(cols);
          const src = s.cells.byRow.get(r);
          for (let c = x.c1; c <= x.c2; c++) {
            const cell = src?.get(c);
            const value = cell?.formula ? formulaResult(cell.value) : cell?.value;
            row[c - x.c1] = prop === 'values' ? (value ?? '') : prop === 'numberFormat' ? (cell?.format ?? 'General') : displayText(value, cell?.format, date1904);
          }
          out[r - x.r1] = row;
        }
        return out;
      }
      default:
        return undefined;
    }
  }
  override load(props?: string | string[]): this {
    super.load(props);
    if (this.nullable) super.load('isNullObject');
    return this;
  }
  get isNullObject(): boolean {
    return this.nullable ? (this.get('isNullObject') as boolean) : false;
  }
  get address(): string {
    return this.get('address') as string;
  }
  get rowIndex(): number {
    return this.get('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.get('columnIndex') as number;
  }
  get rowCount(): number {
    return this.get('rowCount') as number;
  }
  get columnCount(): number {
    return this.get('columnCount') as number;
  }
  get cellCount(): number {
    return this.get('cellCount') as number;
  }
  get values(): unknown[][] {
    return this.get('values') as unknown[][];
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat') as unknown[][];
  }
  get text(): string[][] {
    return this.get('text') as string[][];
  }
  private setGrid(prop: 'value' | 'format', grid: unknown[][]): void {
    this.write(`range.${prop === 'value' ? 'values' : 'numberFormat'}=`, jsonBytes(grid), (s, x) => {
      if (grid.length !== x.r2 - x.r1 + 1 || grid.some((row) => row.length !== x.c2 - x.c1 + 1)) throw officeError('InvalidArgument', 'the array does not match the range');
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          const k = key(x.r1 + i, x.c1 + j);
          const cell = s.cells.get(k) ?? {};
          if (prop === 'value') {
            if (v === '') delete cell.value;
            else if (typeof v === 'string' && v.startsWith("'")) cell.value = v.slice(1);
            else {
              cell.value = v as string | number | boolean;
              if (typeof v === 'string' && v.startsWith('=')) cell.formula = true;
            }
          } else cell.format = String(v);
          s.cells.set(k, cell);
          this.ctx.wb.written.add(`${s.name}!${colLetters(x.c1 + j)}${x.r1 + i}`);
        }),
      );
    });
  }
  set values(grid: unknown[][]) {
    this.setGrid('value', grid);
  }
  set numberFormat(grid: unknown[][]) {
    this.setGrid('format', grid);
  }
  /** Per-cell formats over a rectangle (full columns only touch used rows). */
  eachCell(s: FakeSheet, x: Rect, f: (cell: Cell, r: number, c: number) => void): void {
    const full = x.r2 - x.r1 > 100_000;
    if (full) {
      for (const [k, cell] of s.cells) {
        const [r, c] = k.split(',').map(Number);
        if (r >= x.r1 && r <= x.r2 && c >= x.c1 && c <= x.c2) f(cell, r, c);
      }
      return;
    }
    for (let r = x.r1; r <= x.r2; r++)
      for (let c = x.c1; c <= x.c2; c++) {
        const k = key(r, c);
        const cell = s.cells.get(k) ?? {};
        f(cell, r, c);
        s.cells.set(k, cell);
        this.ctx.wb.written.add(`${s.name}!${colLetters(c)}${r}`);
      }
  }
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.write(`range.clear(${applyTo})`, 30, (s, x) => {
      for (const k of [...s.cells.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (r < x.r1 || r > x.r2 || c < x.c1 || c > x.c2) continue;
        const cell = s.cells.get(k)!;
        this.ctx.wb.written.add(`${s.name}!${colLetters(c)}${r}`);
        if (applyTo === 'All') s.cells.delete(k);
        else if (applyTo === 'Contents') {
          delete cell.value;
          delete cell.formula;
        } else for (const p of ['format', 'fill', 'font', 'bold', 'wrap'] as const) delete cell[p];
        if (s.cells.get(k) && Object.keys(cell).length === 0) s.cells.delete(k);
      }
      s.cells.touch();
      if (applyTo === 'All') {
        for (const a of [...s.notes.keys()]) {
          const p = parseAddress(a);
          if (intersects(p, x)) s.notes.delete(a);
        }
      }
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    if (!this.ctx.wb.supports('1.13')) throw officeError('ApiNotFound', 'Range.getMergedAreasOrNullObject needs ExcelApi 1.13');
    this.ctx.wb.calls.push('range.getMergedAreasOrNullObject()');
    return new RangeAreasProxy(this.ctx, this);
  }
  select(): void {
    this.ctx.op('write', 'range.select()', () => {
      const { s, x } = this.target();
      this.ctx.wb.selections.push(`${s.name}!${rectAddress(x)}`);
      return 20;
    });
  }
}

/**
 * The merged areas of a range, as Excel gives them: each area whose top-left cell lies in the
 * range, whole (not clipped to it); a null object when there is none; a failure when there are
 * more than 512.
 */
class RangeAreasProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private range: RangeProxy,
  ) {
    super(ctx, 'rangeAreas');
  }
  private found(): Rect[] {
    const { s, x } = this.range.target();
    const list = s.merges.filter((m) => m.r1 >= x.r1 && m.r1 <= x.r2 && m.c1 >= x.c1 && m.c1 <= x.c2);
    if (list.length > 512) throw officeError('GeneralException', `${list.length} merged areas in ${rectAddress(x)}: more than 512`);
    return list;
  }
  protected override compute(prop: string): unknown {
    if (prop === 'isNullObject') return this.found().length === 0;
    if (prop === 'areas/items/address') return this.found().map((m) => excelAddress(this.range.sheet().name, m));
    throw officeError('InvalidArgument', `rangeAreas.${prop} is not known to the fake`);
  }
  override load(props?: string | string[]): this {
    super.load(props);
    return super.load('isNullObject');
  }
  get isNullObject(): boolean {
    return this.get('isNullObject') as boolean;
  }
  get areas(): { items: { address: string }[] } {
    return { items: (this.get('areas/items/address') as string[]).map((address) => ({ address })) };
  }
}

class FormatProxy extends Loadable {
  fill: { color: string };
  font: { bold: boolean; color: string };
  constructor(
    ctx: FakeContext,
    private range: RangeProxy,
  ) {
    super(ctx, 'format');
    const cellSetter = (name: string, apply: (cell: Cell, v: unknown) => void) => (v: unknown) =>
      range.write(`format.${name}=`, jsonBytes(v) + 20, (s, x) => range.eachCell(s, x, (cell) => apply(cell, v)));
    const fillColor = cellSetter('fill.color', (cell, v) => (cell.fill = String(v)));
    const fontColor = cellSetter('font.color', (cell, v) => (cell.font = String(v)));
    const bold = cellSetter('font.bold', (cell, v) => (cell.bold = !!v));
    this.fill = {
      set color(v: string) {
        fillColor(v);
      },
      get color(): string {
        throw officeError('PropertyNotLoaded', 'fill.color not loaded');
      },
    };
    this.font = {
      set color(v: string) {
        fontColor(v);
      },
      get color(): string {
        throw officeError('PropertyNotLoaded', 'font.color not loaded');
      },
      set bold(v: boolean) {
        bold(v);
      },
      get bold(): boolean {
        throw officeError('PropertyNotLoaded', 'font.bold not loaded');
      },
    };
    this.wrapSetter = cellSetter('wrapText', (cell, v) => (cell.wrap = !!v));
  }
  private wrapSetter: (v: unknown) => void;
  set wrapText(v: boolean) {
    this.wrapSetter(v);
  }
  protected override compute(prop: string): unknown {
    const { s, x } = this.range.target();
    if (prop === 'columnHidden') return s.hiddenColumns.has(x.c1);
    if (prop !== 'columnWidth') return undefined;
    return s.widths.get(x.c1) ?? DEFAULT_WIDTH;
  }
  get columnWidth(): number {
    return this.get('columnWidth') as number;
  }
  get columnHidden(): boolean {
    return this.get('columnHidden') as boolean;
  }
  set columnHidden(v: boolean) {
    this.range.write('format.columnHidden=', 30, (s, x) => {
      for (let c = x.c1; c <= x.c2; c++) {
        if (v) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
      }
    });
  }
  set columnWidth(v: number) {
    this.range.write('format.columnWidth=', 30, (s, x) => {
      for (let c = x.c1; c <= x.c2; c++) {
        if (v === DEFAULT_WIDTH) s.widths.delete(c);
        else s.widths.set(c, v);
      }
    });
  }
}

class CfProxy {
  type = 'Custom';
  custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
  constructor(
    private ctx: FakeContext,
    private target: () => { s: FakeSheet; cf: FakeCf },
    loaded?: FakeCf,
  ) {
    const set = (name: string, apply: (cf: FakeCf, v: string) => void) => (v: string) =>
      ctx.op('write', `conditionalFormat.${name}=`, () => {
        apply(this.target().cf, v);
        return jsonBytes(v) + 20;
      });
    const formula = set('custom.rule.formula', (cf, v) => (cf.formula = v));
    const fill = set('custom.format.fill.color', (cf, v) => (cf.fill = v));
    const font = set('custom.format.font.color', (cf, v) => (cf.font = v));
    this.custom = {
      rule: {
        set formula(v: string) {
          formula(v);
        },
        get formula(): string {
          throw officeError('PropertyNotLoaded', 'formula');
        },
      },
      format: {
        fill: {
          set color(v: string) {
            fill(v);
          },
          get color(): string {
            throw officeError('PropertyNotLoaded', 'color');
          },
        },
        font: {
          set color(v: string) {
            font(v);
          },
          get color(): string {
            throw officeError('PropertyNotLoaded', 'color');
          },
        },
      },
    };
    this.customOrNullObject = { isNullObject: !loaded, rule: { formula: loaded?.formula ?? '' } };
  }
  getRangeOrNullObject(): RangeProxy {
    if (!this.ctx.wb.supports('1.6')) throw officeError('ApiNotFound', 'ConditionalFormat.getRangeOrNullObject needs ExcelApi 1.6');
    this.ctx.wb.calls.push('conditionalFormat.getRangeOrNullObject()');
    // Applied to several areas: a null object, as Excel gives.
    return new RangeProxy(this.ctx, () => this.target().s, () => (/\s/.test(this.target().cf.ref.trim()) ? null : parseAddress(this.target().cf.ref)), true);
  }
  delete(): void {
    this.ctx.op('write', 'conditionalFormat.delete()', () => {
      const { s, cf } = this.target();
      const i = s.cfs.indexOf(cf);
      if (i < 0) throw officeError('ItemNotFound', 'conditional format already deleted');
      s.cfs.splice(i, 1);
      return 20;
    });
  }
}

class CfCollectionProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private range: RangeProxy,
  ) {
    super(ctx, 'conditionalFormats');
  }
  add(type: 'Custom'): CfProxy {
    if (!this.ctx.wb.supports('1.6')) throw officeError('ApiNotFound', 'conditional formats need ExcelApi 1.6');
    const made: { s?: FakeSheet; cf?: FakeCf } = {};
    this.ctx.op('write', `conditionalFormats.add(${type})`, () => {
      const { s, x } = this.range.target();
      const cf: FakeCf = { ref: rectAddress(x).replace(/^([A-Z]+\d+):\1$/, '$1'), formula: '' };
      s.cfs.push(cf);
      made.s = s;
      made.cf = cf;
      return 40;
    });
    return new CfProxy(this.ctx, () => ({ s: made.s!, cf: made.cf! }));
  }
  protected override compute(prop: string): unknown {
    if (!prop.startsWith('items')) return undefined;
    const { s, x } = this.range.target();
    return s.cfs.filter((cf) => intersects(parseAddress(cf.ref.split(/\s+/)[0]), x)).map((cf) => ({ cf, s }));
  }
  override load(props?: string | string[]): this {
    if (!this.ctx.wb.supports('1.6')) throw officeError('ApiNotFound', 'conditional formats need ExcelApi 1.6');
    return super.load(['items']);
  }
  get items(): CfProxy[] {
    const list = this.get('items') as { cf: FakeCf; s: FakeSheet }[];
    return list.map(({ cf, s }) => new CfProxy(this.ctx, () => ({ s, cf }), cf));
  }
}

class SettingsProxy {
  constructor(private ctx: FakeContext) {}
  private need(): void {
    if (!this.ctx.wb.supports('1.4')) throw officeError('ApiNotFound', 'workbook.settings needs ExcelApi 1.4');
  }
  getItemOrNullObject(k: string): SettingProxy {
    this.need();
    this.ctx.wb.calls.push(`settings.getItemOrNullObject(${k})`);
    return new SettingProxy(this.ctx, k);
  }
  add(k: string, value: string): void {
    this.need();
    this.ctx.op('write', `settings.add(${k})`, () => {
      this.ctx.wb.settings.set(k, value);
      return jsonBytes(value) + 20;
    });
  }
}

class SettingProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private k: string,
  ) {
    super(ctx, `setting(${k})`);
  }
  protected override compute(prop: string): unknown {
    if (prop === 'isNullObject') return !this.ctx.wb.settings.has(this.k);
    if (prop === 'value') return this.ctx.wb.settings.get(this.k) ?? null;
    return undefined;
  }
  override load(props?: string | string[]): this {
    return super.load(['value', 'isNullObject']);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject') as boolean;
  }
  get value(): unknown {
    return this.get('value');
  }
  delete(): void {
    this.ctx.op('write', `setting.delete(${this.k})`, () => {
      this.ctx.wb.settings.delete(this.k);
      return 20;
    });
  }
}
