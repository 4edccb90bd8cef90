/**
 * A workbook as the command line holds it (exceljs) turned into the fake workbook the add-in's
 * tests run against, and back: so a ledger annotated by either writer can be cleared by the other
 * in a test. Carried: sheet names, order and visibility; cell values (dates as serials in the
 * workbook's date system) and formulas (with their results), number formats, fills, bold and font
 * colours, wrapping, notes; column
 * widths (characters <-> points) and hidden columns; hidden rows and the AutoFilter; conditional
 * formats of formula type (range, formula, fill); merged areas (the value in the top-left cell
 * only, as Excel holds it). Not carried: borders, fonts' names and sizes, validations, pictures —
 * neither writer touches them, and both sides of every comparison go through the same bridge.
 */
import { workbookFromTable } from '@ledgerlint/xlsx';
import { FakeWorkbook, formulaResult, parseAddress, type Cell, type FakeCf } from './fake-excel';

/** The command line's workbook type (exceljs), without importing exceljs here. */
export type Book = ReturnType<typeof workbookFromTable>;
type Sheet = Book['worksheets'][number];

const DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const OFFSET_1904 = 1462;

/** Excel's conversion of a width in characters to pixels (7-pixel digits of Calibri 11, 5 of padding), 0.75 point a pixel. */
const toPoints = (characters: number) => Math.round(characters * 7 + 5) * 0.75;
const toCharacters = (points: number) => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

const VISIBILITY: Record<string, string> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };
const STATE: Record<string, 'visible' | 'hidden' | 'veryHidden'> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

const hex = (argb: unknown) => (typeof argb === 'string' && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : undefined);

interface ModelCf {
  ref: string;
  rules: { type: string; formulae?: unknown[]; priority?: number; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[];
}

function noteText(note: unknown): string | undefined {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] } | undefined)?.texts;
  return texts ? texts.map((t) => t.text ?? '').join('') : undefined;
}

/** An exceljs workbook as the fake one (the first visible sheet active). */
export function toFake(book: Book): FakeWorkbook {
  const date1904 = (book.properties as { date1904?: boolean }).date1904 === true;
  const wb = new FakeWorkbook({ date1904 });
  for (const ws of book.worksheets) {
    const sheet = wb.addSheet(ws.name);
    sheet.visibility = VISIBILITY[ws.state ?? 'visible'];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) sheet.hiddenRows.add(r);
      row.eachCell({ includeEmpty: true }, (c, col) => {
        const cell: Cell = {};
        // A merged area's other cells show its top-left value in exceljs; in Excel they hold none.
        const v = (c.isMerged && c.master !== c ? null : c.value) as unknown;
        if (v instanceof Date) cell.value = (v.getTime() - EPOCH_1900) / DAY - (date1904 ? OFFSET_1904 : 0);
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cell.value = v;
        else if (v && typeof v === 'object' && 'richText' in v) cell.value = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
        else if (v && typeof v === 'object' && 'formula' in v) {
          cell.value = `=${(v as { formula: string }).formula}`;
          cell.formula = true;
        }
        else if (v !== null && v !== undefined) throw new Error(`bridge: value of ${c.address} not carried: ${JSON.stringify(v)}`);
        if (c.numFmt && c.numFmt !== 'General') cell.format = c.numFmt;
        const fill = c.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && hex(fill.fgColor?.argb)) cell.fill = hex(fill.fgColor?.argb);
        if (c.font?.bold) cell.bold = true;
        if (hex(c.font?.color?.argb)) cell.font = hex(c.font?.color?.argb);
        if (c.alignment?.wrapText) cell.wrap = true;
        if (Object.keys(cell).length) sheet.cells.put(r, col, cell);
        const note = noteText(c.note);
        if (note !== undefined) sheet.notes.set(c.address, note);
      });
    });
    for (const col of ((ws.model as { cols?: { min: number; max: number; width?: number; hidden?: boolean }[] }).cols ?? [])) {
      for (let c = col.min; c <= col.max; c++) {
        if (col.width !== undefined && toPoints(col.width) !== 48) sheet.widths.set(c, toPoints(col.width));
        if (col.hidden) sheet.hiddenColumns.add(c);
      }
    }
    for (const cf of ((ws as unknown as { conditionalFormattings?: ModelCf[] }).conditionalFormattings ?? [])) {
      for (const rule of cf.rules) {
        if (rule.type !== 'expression') throw new Error(`bridge: conditional format ${rule.type} not carried`);
        const out: FakeCf = { ref: cf.ref, formula: `=${String(rule.formulae?.[0] ?? '')}` };
        const fill = hex(rule.style?.fill?.bgColor?.argb);
        const font = hex(rule.style?.font?.color?.argb);
        if (fill) out.fill = fill;
        if (font) out.font = font;
        sheet.cfs.push(out);
      }
    }
    const filter = ws.autoFilter;
    if (typeof filter === 'string') sheet.autoFilter = filter;
    for (const ref of (ws.model as { merges?: string[] }).merges ?? []) sheet.merges.push(parseAddress(ref));
  }
  wb.active = Math.max(0, wb.sheets.findIndex((s) => s.visibility === 'Visible'));
  return wb;
}

/** The fake workbook as an exceljs one. */
export function fromFake(wb: FakeWorkbook): Book {
  const book = workbookFromTable({ sheet: 'bridge', rows: [] });
  const placeholder = book.worksheets[0];
  if (wb.date1904) (book.properties as { date1904?: boolean }).date1904 = true;
  for (const sheet of wb.sheets) {
    const ws: Sheet = book.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    for (const [r, row] of sheet.cells.byRow) {
      for (const [c, cell] of row) {
        const x = ws.getCell(r, c);
        if (cell.formula && typeof cell.value === 'string') x.value = { formula: cell.value.slice(1), result: formulaResult(cell.value) } as typeof x.value;
        else if (cell.value !== undefined) x.value = cell.value;
        if (cell.format) x.numFmt = cell.format;
        if (cell.fill) x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.fill.slice(1)}` } };
        if (cell.bold || cell.font) x.font = { ...(cell.bold ? { bold: true } : {}), ...(cell.font ? { color: { argb: `FF${cell.font.slice(1)}` } } : {}) };
        if (cell.wrap) x.alignment = { wrapText: true };
      }
    }
    for (const [address, text] of sheet.notes) ws.getCell(address).note = text;
    for (const [c, points] of sheet.widths) ws.getColumn(c).width = toCharacters(points);
    for (const c of sheet.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const r of sheet.hiddenRows) ws.getRow(r).hidden = true;
    if (sheet.autoFilter) ws.autoFilter = sheet.autoFilter;
    for (const m of sheet.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
    let priority = 0;
    const cfs = sheet.cfs.map((cf) => ({
      ref: cf.ref,
      rules: [
        {
          type: 'expression',
          priority: ++priority,
          formulae: [cf.formula.replace(/^=/, '')],
          style: { ...(cf.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${cf.fill.slice(1)}` } } } : {}), ...(cf.font ? { font: { color: { argb: `FF${cf.font.slice(1)}` } } } : {}) },
        },
      ],
    }));
    (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = cfs;
  }
  book.removeWorksheet(placeholder.id);
  return book;
}
