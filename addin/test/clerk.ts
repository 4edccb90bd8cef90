/**
 * What a clerk does to a workbook in Excel between two checks, done to the fake workbook the way
 * Excel does it: inserting or deleting columns and rows moves the cells, their formats and notes,
 * the column widths, the conditional formats' ranges, and rewrites every cell reference in the
 * conditional formats' formulas (`#REF!` for a deleted cell); an inserted column takes the
 * formats of the one left of it, an inserted row those of the one above; sorting moves whole
 * rows of the region; cut-and-insert moves columns and the references to them; copying a sheet
 * copies everything, conditional formats included.
 */
import { CellMap, colIndex, colLetters, parseAddress, rectAddress, type Cell, type FakeCf, type FakeSheet, type FakeWorkbook, type Rect } from './fake-excel';

/** New position of a row or column, or null when it was deleted. */
type Mapping = (n: number) => number | null;
const same: Mapping = (n) => n;

/** An A1 reference outside quoted text, not a function name (`LOG10(`). */
const REF = /(^|[^A-Za-z0-9_$.])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![0-9A-Za-z_(])/g;

/**
 * A formula as Excel rewrites it: relative parts first moved by (dr, dc) (the formula as seen
 * from another cell), then every reference carried to where its cell went.
 */
function rewrite(formula: string, dr: number, dc: number, rows: Mapping, cols: Mapping): string {
  return formula
    .split(/("[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(REF, (_, before: string, absCol: string, letters: string, absRow: string, digits: string) => {
            const r = rows(Number(digits) + (absRow ? 0 : dr));
            const c = cols(colIndex(letters) + (absCol ? 0 : dc));
            return r === null || c === null ? `${before}#REF!` : `${before}${absCol}${colLetters(c)}${absRow}${r}`;
          }),
    )
    .join('');
}

/** The surviving part of a rectangle, as the bounding box of where its rows and columns went; null when all went. */
function moveRect(x: Rect, rows: Mapping, cols: Mapping): { rect: Rect; first: { r: number; c: number } } | null {
  // Rows only ever move in order (insert, delete; a sort moves cells, not ranges): the first and
  // last survivors bound them, found from each end (a whole column is 1,048,576 rows). Columns
  // may be reordered (cut and insert): every one is looked at.
  const rowSpan = () => {
    let top = x.r1;
    while (top <= x.r2 && rows(top) === null) top++;
    let bottom = x.r2;
    while (bottom >= top && rows(bottom) === null) bottom--;
    return top > bottom ? null : { lo: rows(top)!, hi: rows(bottom)!, at: top };
  };
  const colSpan = () => {
    let lo = Infinity;
    let hi = -Infinity;
    let at = 0;
    for (let c = x.c1; c <= x.c2; c++) {
      const v = cols(c);
      if (v === null) continue;
      if (v < lo) [lo, at] = [v, c];
      if (v > hi) hi = v;
    }
    return lo === Infinity ? null : { lo, hi, at };
  };
  const r = rowSpan();
  const c = colSpan();
  return r && c ? { rect: { r1: r.lo, r2: r.hi, c1: c.lo, c2: c.hi }, first: { r: r.at, c: c.at } } : null;
}

const refOf = (x: Rect) => (x.r1 === x.r2 && x.c1 === x.c2 ? `${colLetters(x.c1)}${x.r1}` : rectAddress(x));

/** A conditional format carried along: its areas moved, its formula as seen from its new top-left cell. */
function moveCf(cf: FakeCf, rows: Mapping, cols: Mapping): FakeCf | null {
  const areas = cf.ref.trim().split(/\s+/).map(parseAddress);
  const moved = areas.map((a) => moveRect(a, rows, cols));
  const kept = moved.filter((m): m is NonNullable<typeof m> => m !== null);
  if (!kept.length) return null;
  const origin = areas[0];
  const { first } = kept[0];
  const formula = cf.formula.startsWith('=') ? `=${rewrite(cf.formula.slice(1), first.r - origin.r1, first.c - origin.c1, rows, cols)}` : cf.formula;
  return { ...cf, ref: kept.map((m) => refOf(m.rect)).join(' '), formula };
}

const FORMAT_KEYS = ['format', 'fill', 'font', 'bold', 'wrap'] as const;
const formatOf = (cell: Cell | undefined): Cell | null => {
  if (!cell) return null;
  const out: Cell = {};
  for (const k of FORMAT_KEYS) if (cell[k] !== undefined) (out as Record<string, unknown>)[k] = cell[k];
  return Object.keys(out).length ? out : null;
};

/** Carry everything of a sheet to new rows and columns. */
function remap(sheet: FakeSheet, rows: Mapping, cols: Mapping): void {
  const cells = new CellMap();
  for (const [r, row] of sheet.cells.byRow) {
    const nr = rows(r);
    if (nr === null) continue;
    for (const [c, cell] of row) {
      const nc = cols(c);
      if (nc !== null) cells.put(nr, nc, cell);
    }
  }
  sheet.cells = cells;
  const notes = new Map<string, string>();
  for (const [a, text] of sheet.notes) {
    const x = parseAddress(a);
    const r = rows(x.r1);
    const c = cols(x.c1);
    if (r !== null && c !== null) notes.set(`${colLetters(c)}${r}`, text);
  }
  sheet.notes = notes;
  const widths = new Map<number, number>();
  for (const [c, w] of sheet.widths) {
    const nc = cols(c);
    if (nc !== null) widths.set(nc, w);
  }
  sheet.widths = widths;
  sheet.hiddenColumns = new Set([...sheet.hiddenColumns].map(cols).filter((c): c is number => c !== null));
  sheet.hiddenRows = new Set([...sheet.hiddenRows].map(rows).filter((r): r is number => r !== null));
  sheet.cfs = sheet.cfs.map((cf) => moveCf(cf, rows, cols)).filter((cf): cf is FakeCf => cf !== null);
  if (sheet.autoFilter) {
    const moved = moveRect(parseAddress(sheet.autoFilter), rows, cols);
    sheet.autoFilter = moved ? rectAddress(moved.rect) : null;
  }
}

const col = (c: number | string) => (typeof c === 'number' ? c : colIndex(c));

/** Insert columns before `at` (Excel's Insert Column); the new cells take the formats of the column left of them. */
export function insertColumns(sheet: FakeSheet, at: number | string, count = 1): void {
  const a = col(at);
  const left = new Map([...sheet.cells.byRow].map(([r, row]) => [r, formatOf(row.get(a - 1))]));
  remap(sheet, same, (c) => (c >= a ? c + count : c));
  for (const [r, format] of left) if (format) for (let k = 0; k < count; k++) sheet.cells.put(r, a + k, { ...format });
}

/** Delete columns (Excel's Delete Column): references to them become #REF!. */
export function deleteColumns(sheet: FakeSheet, at: number | string, count = 1): void {
  const a = col(at);
  remap(sheet, same, (c) => (c < a ? c : c < a + count ? null : c - count));
}

/** Insert rows before `at`; the new cells take the formats of the row above. */
export function insertRows(sheet: FakeSheet, at: number, count = 1): void {
  const above = new Map([...(sheet.cells.byRow.get(at - 1) ?? new Map<number, Cell>())].map(([c, cell]) => [c, formatOf(cell)]));
  remap(sheet, (r) => (r >= at ? r + count : r), same);
  for (const [c, format] of above) if (format) for (let k = 0; k < count; k++) sheet.cells.put(at + k, c, { ...format });
}

/** Delete rows. */
export function deleteRows(sheet: FakeSheet, at: number, count = 1): void {
  remap(sheet, (r) => (r < at ? r : r < at + count ? null : r - count), same);
}

/**
 * Sort rows `from`..`to` by a column's values (Excel's Sort over the current region: every column
 * of the used range moves with its row, values, formats and notes; conditional formats stay).
 */
export function sortRows(sheet: FakeSheet, from: number, to: number, by: number | string, descending = false): void {
  const key = col(by);
  const order = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const value = (r: number) => sheet.cells.at(r, key)?.value;
  order.sort((x, y) => {
    const a = value(x);
    const b = value(y);
    const cmp = a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : String(a) < String(b) ? -1 : 1;
    return (descending ? -cmp : cmp) || x - y;
  });
  const target = new Map(order.map((old, i) => [old, from + i]));
  const cfs = sheet.cfs;
  const autoFilter = sheet.autoFilter;
  remap(sheet, (r) => target.get(r) ?? r, same);
  // Sorting moves cells, not the rules over them nor the filter.
  sheet.cfs = cfs;
  sheet.autoFilter = autoFilter;
}

/** Cut `count` columns at `from` and insert them before column `before` (Excel's Insert Cut Cells): references follow them. */
export function moveColumns(sheet: FakeSheet, from: number | string, count: number, before: number | string): void {
  const f = col(from);
  const b = col(before);
  const mapping: Mapping =
    b < f
      ? (c) => (c >= f && c < f + count ? b + (c - f) : c >= b && c < f ? c + count : c)
      : (c) => (c >= f && c < f + count ? b - count + (c - f) : c >= f + count && c < b ? c - count : c);
  remap(sheet, same, mapping);
}

/** Rename a sheet (its id stays). */
export function renameSheet(wb: FakeWorkbook, name: string, to: string): FakeSheet {
  const sheet = wb.sheet(name)!;
  sheet.name = to;
  return sheet;
}

/** Copy a sheet (Move or Copy → Create a copy): everything, as "name (2)", right after it. */
export function copySheet(wb: FakeWorkbook, name: string): FakeSheet {
  const source = wb.sheet(name)!;
  const copy = wb.addSheet(`${name} (2)`);
  wb.sheets.pop();
  const cells = new CellMap();
  for (const [r, row] of source.cells.byRow) for (const [c, cell] of row) cells.put(r, c, { ...cell });
  Object.assign(copy, {
    visibility: source.visibility,
    cells,
    widths: new Map(source.widths),
    hiddenColumns: new Set(source.hiddenColumns),
    hiddenRows: new Set(source.hiddenRows),
    autoFilter: source.autoFilter,
    notes: new Map(source.notes),
    cfs: source.cfs.map((cf) => ({ ...cf })),
  });
  wb.sheets.splice(wb.sheets.indexOf(source) + 1, 0, copy);
  if (wb.active > wb.sheets.indexOf(source)) wb.active++;
  return copy;
}

/** Type a value into a cell (its format stays, as when typing in Excel). */
export function typeCell(sheet: FakeSheet, address: string, value: string | number): void {
  const x = parseAddress(address);
  const cell = sheet.cells.at(x.r1, x.c1) ?? {};
  sheet.cells.put(x.r1, x.c1, { ...cell, value });
}

/** The clerk's AutoFilter over a range, with some rows hidden by it. */
export function filter(sheet: FakeSheet, range: string, hiddenRows: number[]): void {
  sheet.autoFilter = range;
  sheet.hiddenRows = new Set(hiddenRows);
}
