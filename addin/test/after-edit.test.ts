// What a clerk does to an annotated workbook between two checks, then Clear or Annotate again in
// the add-in. The expected answer never comes from the code under test: "Clear after an edit"
// must give exactly the workbook the same edit gives without ever annotating, and "Annotate again
// after an edit" exactly what annotating the edited ledger afresh gives.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, planAnnotation, type Table } from '@ledgerlint/policy';
import { CALLS_SHEET_NAME, formulaShape, HEADER_MARKER, NEXT_DUE_HEADER, readRecordCells, STATUS_HEADER, type AnnotationRecord } from '@ledgerlint/policy/annotate';
import { annotateActiveSheet, clearAnnotation, isoToSerial } from '../src/office/adapter';
import { SETTINGS_KEY, parseState } from '../src/office/state';
import { copySheet, deleteColumns, deleteRows, filter, insertColumns, insertRows, moveColumns, renameSheet, sortRows, typeCell } from './clerk';
import { AS_OF, exampleLedger, profile } from './example';
import { colIndex, colLetters, FakeWorkbook, type FakeSheet } from './fake-excel';
// @ts-expect-error plain JS module without types
import { generateTable } from '../../scripts/bench-data.mjs';

let ledger: Table;
/** Our due-soon rule's formula on the example (its first data row is 4). */
let dueSoon: string;

beforeAll(async () => {
  ledger = await exampleLedger();
  const report = await evaluate(ledger, profile, { asOf: AS_OF });
  dueSoon = planAnnotation(report, profile, { lastColumn: 16, lastRow: ledger.rows.length }, 'x').highlights[1].formula;
});

const NAME = '意向客户回访记录';
/** The fill of the clerk's rule that reads like our due-soon one. */
const CLERK_LOOKALIKE_FILL = '#0000FF';
const LAST = 36; // last data row of the example; header in row 3, columns A..P

/**
 * The clerk's workbook: a notes sheet and the ledger, with a width of their own, a conditional
 * format of their own, and one that reads like our due-soon rule ("due within a day", as ours
 * read before it carried our name) over their own date column F: it must survive.
 */
function clerkWorkbook(table: Table = ledger, options: ConstructorParameters<typeof FakeWorkbook>[0] = {}): { wb: FakeWorkbook; sheet: FakeSheet } {
  const wb = new FakeWorkbook(options);
  wb.addSheet('说明', [['本工作簿记录客户回访']]);
  const sheet = wb.addSheet(table.sheet, table.rows, { formats: table.formats as (string | null)[][], top: table.firstRow, left: table.firstColumn });
  sheet.widths.set(3, 90);
  sheet.cfs.push({ ref: 'A4:P36', formula: '=$E4="H"', fill: '#00FF00' });
  sheet.cfs.push({ ref: 'A4:P36', formula: '=AND(ISNUMBER($F4),$F4>=TODAY(),$F4-TODAY()<=1)', fill: CLERK_LOOKALIKE_FILL });
  wb.active = 1;
  return { wb, sheet };
}

/** Everything a person sees, sheet ids aside (a copy made before or after annotating gets another id); the record read as data. */
function view(wb: FakeWorkbook): unknown {
  const snap = wb.snapshot() as { sheets: ({ id: string; name: string } & Record<string, unknown>)[]; settings: unknown };
  return {
    ...snap,
    sheets: snap.sheets.map(({ id: _id, ...s }) => {
      if (s.name !== 'ledgerlint_state') return s;
      const { sheetId: _sheetId, ...record } = recordOf(wb);
      return { ...s, cells: record };
    }),
  };
}

function recordOf(wb: FakeWorkbook): AnnotationRecord {
  const sheet = wb.sheet('ledgerlint_state')!;
  const cells = [...sheet.cells].filter(([k]) => k.endsWith(',1')).sort(([a], [b]) => parseInt(a) - parseInt(b)).map(([, c]) => c.value);
  return readRecordCells(cells) as AnnotationRecord;
}

/** Any trace of ours: a header cell, a conditional format of our shape, our sheets. */
function traces(wb: FakeWorkbook): string[] {
  const ours = new Set([formulaShape(dueSoon), formulaShape('ISTEXT("ledgerlint")')]);
  const out: string[] = [];
  for (const s of wb.sheets) {
    if (s.name === 'ledgerlint_state' || s.name === 'ledgerlint汇总') out.push(`sheet ${s.name}`);
    for (const [k, c] of s.cells) if (typeof c.value === 'string' && c.value.endsWith(HEADER_MARKER)) out.push(`${s.name}!${k} ${c.value}`);
    for (const cf of s.cfs) if (/逾期|ledgerlint/.test(cf.formula) || (ours.has(formulaShape(cf.formula)) && cf.fill !== CLERK_LOOKALIKE_FILL)) out.push(`${s.name} cf ${cf.formula}`);
  }
  return out;
}

/** The clerk's workbook, annotated, then a column of theirs inserted at `at` with a header (row 3) and one value. */
async function annotatedThenColumn(at: string, header: string, cell: string, value: string): Promise<{ wb: FakeWorkbook; sheet: FakeSheet }> {
  const { wb, sheet } = clerkWorkbook();
  await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
  insertColumns(sheet, at);
  typeCell(sheet, `${at}3`, header);
  typeCell(sheet, cell, value);
  return { wb, sheet };
}

interface Edit {
  name: string;
  apply(wb: FakeWorkbook, sheet: FakeSheet): void;
}

/** Edits a clerk makes to the ledger, which apply as well to the ledger before it was annotated. */
const edits: Edit[] = [
  {
    name: 'a column inserted inside the data (微信号 at C)',
    apply: (_, s) => {
      insertColumns(s, 'C');
      typeCell(s, 'C3', '微信号');
      typeCell(s, 'C5', 'wx_zhang');
    },
  },
  { name: 'a column deleted inside the data (存在的问题, L)', apply: (_, s) => deleteColumns(s, 'L') },
  {
    name: 'rows inserted inside the data',
    apply: (_, s) => {
      insertRows(s, 10, 2);
      typeCell(s, 'A10', 'K099');
      typeCell(s, 'B10', '新客户');
    },
  },
  { name: 'rows deleted inside the data', apply: (_, s) => deleteRows(s, 6, 3) },
  { name: 'the data rows sorted by customer name, descending', apply: (_, s) => sortRows(s, 4, LAST, 'B', true) },
  { name: 'a filter of the clerk\'s', apply: (_, s) => filter(s, 'A3:P36', [5, 9, 12]) },
  { name: 'the sheet renamed', apply: (wb) => renameSheet(wb, NAME, '回访2025') },
  { name: 'the sheet copied (意向客户回访记录 (2))', apply: (wb) => copySheet(wb, NAME) },
  { name: 'both our columns moved into the data (cut, insert before C)', apply: (_, s) => moveColumns(s, 'Q', 2, 'C') },
  { name: 'both our columns deleted', apply: (_, s) => deleteColumns(s, 'Q', 2) },
];

describe('after the clerk edits an annotated ledger', () => {
  it.each(edits.map((e) => [e.name, e] as const))('Clear after %s gives the workbook the same edit gives without annotating', async (_, edit) => {
    const expected = clerkWorkbook();
    edit.apply(expected.wb, expected.sheet);

    const { wb, sheet } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    edit.apply(wb, sheet);
    const cleared = await clearAnnotation(wb.host());
    expect(view(wb)).toEqual(view(expected.wb));
    expect(traces(wb)).toEqual([]);
    expect(cleared.kept).toEqual([]);
  });

  it.each(edits.map((e) => [e.name, e] as const))('Annotate again after %s gives what annotating the edited ledger gives', async (_, edit) => {
    const fresh = clerkWorkbook();
    edit.apply(fresh.wb, fresh.sheet);
    await annotateActiveSheet(fresh.wb.host(), { profile, asOf: AS_OF });

    const { wb, sheet } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    edit.apply(wb, sheet);
    const again = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(view(wb)).toEqual(view(fresh.wb));
    expect(again.prior).toMatchObject({ kept: [], keptSummary: [] });
  });

  it('the issue\'s case: a column inserted at C leaves the clerk\'s last column (销售顾问, now Q) whole, and none of our headers behind', async () => {
    const { wb, sheet } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    insertColumns(sheet, 'C');
    typeCell(sheet, 'C3', '微信号');
    const seller = [...sheet.cells].filter(([k]) => k.endsWith(',17'));
    expect(seller.find(([k]) => k === '3,17')?.[1].value).toBe('销售顾问');
    const cleared = await clearAnnotation(wb.host());
    expect([...sheet.cells].filter(([k]) => k.endsWith(',17'))).toEqual(seller);
    expect([...sheet.cells].filter(([k]) => k.endsWith(',18') || k.endsWith(',19'))).toEqual([]);
    expect(cleared).toMatchObject({ sheet: NAME, sheets: [NAME], missingColumns: [] });
  });

  it('when the clerk deleted both our columns, Clear still takes our formats, summary and record, and says the columns were not found', async () => {
    const { wb, sheet } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    deleteColumns(sheet, 'Q', 2);
    expect(sheet.cfs.filter((cf) => cf.formula.includes('#REF!')).length).toBe(2);
    const cleared = await clearAnnotation(wb.host());
    expect(cleared).toMatchObject({ sheet: null, sheets: [NAME], missingColumns: [STATUS_HEADER, NEXT_DUE_HEADER] });
    expect(traces(wb)).toEqual([]);
    expect(sheet.cfs.map((cf) => cf.fill)).toEqual(['#00FF00', CLERK_LOOKALIKE_FILL]);
  });

  it('the copy of an annotated sheet is cleared too, and both are listed', async () => {
    const { wb } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    copySheet(wb, NAME);
    const cleared = await clearAnnotation(wb.host());
    expect(cleared.sheets).toEqual([NAME, `${NAME} (2)`]);
    expect(traces(wb)).toEqual([]);
  });

  it('keeps what the clerk typed into our columns, reports where, and Annotate again puts our columns right of it', async () => {
    const { wb, sheet } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    typeCell(sheet, 'Q7', '已电话确认，客户下周来店');
    typeCell(sheet, 'R9', isoToSerial('2030-01-02'));
    const typed = () => [sheet.cells.at(7, 17), sheet.cells.at(9, 18), sheet.notes.get('Q7'), sheet.notes.get('R9')];
    const before = JSON.stringify(typed());
    const expected = clerkWorkbook();
    const cleared = await clearAnnotation(wb.host());
    expect(cleared.kept).toEqual([{ sheet: NAME, cells: ['Q7', 'R9'] }]);
    // A cell the clerk typed into is theirs now, whole: its format and the note on it stay too.
    expect(JSON.stringify(typed())).toBe(before);
    // Everything else is as it was before annotating.
    sheet.cells.delete('7,17');
    sheet.cells.delete('9,18');
    sheet.notes.delete('Q7');
    expect(view(wb)).toEqual(view(expected.wb));

    const { wb: wb2, sheet: sheet2 } = clerkWorkbook();
    await annotateActiveSheet(wb2.host(), { profile, asOf: AS_OF });
    typeCell(sheet2, 'Q7', '已电话确认，客户下周来店');
    const again = await annotateActiveSheet(wb2.host(), { profile, asOf: AS_OF });
    expect(again.prior?.kept).toEqual([{ sheet: NAME, cells: ['Q7'] }]);
    expect(again.plan.statusColumn).toBe('R');
    expect(sheet2.cells.at(7, 17)?.value).toBe('已电话确认，客户下周来店');
    expect(sheet2.cells.at(3, 18)?.value).toBe(STATUS_HEADER);
    expect(sheet2.cells.at(3, 19)?.value).toBe(NEXT_DUE_HEADER);
  });

  it('a clerk\'s new column right of ours survives Clear and Annotate; Annotate puts ours right of it', async () => {
    const { wb, sheet } = await annotatedThenColumn('S', '回访备注', 'S8', '客户要求改约周六');
    const theirs = () => [...sheet.cells].filter(([k]) => k.endsWith(',19'));
    const before = theirs();
    const again = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(theirs()).toEqual(before);
    expect(again.plan).toMatchObject({ statusColumn: 'T', nextDueColumn: 'U' });
    // Our old columns are emptied, not deleted: the clerk's column stays where they put it.
    expect([...sheet.cells].filter(([k]) => k.endsWith(',17') || k.endsWith(',18'))).toEqual([]);
    await clearAnnotation(wb.host());
    expect(theirs()).toEqual(before);
    expect(traces(wb)).toEqual([]);
  });

  it('a column inserted between our two: the clerk\'s values in it stay, ours on both sides go', async () => {
    const { wb, sheet } = await annotatedThenColumn('R', '跟进人', 'R6', '王五');
    const cleared = await clearAnnotation(wb.host());
    expect(sheet.cells.at(3, 18)?.value).toBe('跟进人');
    expect(sheet.cells.at(6, 18)?.value).toBe('王五');
    expect([...sheet.cells].filter(([k]) => k.endsWith(',17') || k.endsWith(',19'))).toEqual([]);
    expect(cleared.kept).toEqual([]);
    expect(traces(wb)).toEqual([]);
  });

  it('a summary sheet the clerk edited is kept and reported by Clear; Annotate refuses to overwrite it, changing nothing', async () => {
    const { wb } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    typeCell(wb.sheet('ledgerlint汇总')!, 'B20', '已于 10 月 16 日整改');
    const before = wb.snapshot();
    await expect(annotateActiveSheet(wb.host(), { profile, asOf: AS_OF })).rejects.toMatchObject({ code: 'summary-edited', zh: expect.stringContaining('ledgerlint汇总') });
    expect(wb.snapshot()).toEqual(before);
    const cleared = await clearAnnotation(wb.host());
    expect(cleared.keptSummary).toEqual(['ledgerlint汇总']);
    expect(wb.sheet('ledgerlint汇总')!.cells.at(20, 2)?.value).toBe('已于 10 月 16 日整改');
    expect(wb.sheet('ledgerlint_state')).toBeUndefined();
  });

  it('a renamed summary sheet is found by its title, and deleted while it is as we wrote it', async () => {
    const { wb } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    renameSheet(wb, 'ledgerlint汇总', '十月检查');
    await clearAnnotation(wb.host());
    expect(wb.sheets.map((s) => s.name)).toEqual(['说明', NAME]);
  });

  it('refuses, changing nothing, when a sheet that holds our cells is protected, and names it', async () => {
    const { wb } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    copySheet(wb, NAME).protected = true;
    const before = wb.snapshot();
    await expect(clearAnnotation(wb.host())).rejects.toMatchObject({ code: 'sheet-protected', zh: expect.stringContaining(`${NAME} (2)`) });
    expect(wb.snapshot()).toEqual(before);
  });

  it('refuses a damaged record, changing nothing', async () => {
    const { wb } = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    wb.sheet('ledgerlint_state')!.cells.put(1, 1, { value: '{"tool":"ledgerlint","version":2,' });
    const before = wb.snapshot();
    await expect(clearAnnotation(wb.host())).rejects.toMatchObject({ code: 'record-invalid' });
    await expect(annotateActiveSheet(wb.host(), { profile, asOf: AS_OF })).rejects.toMatchObject({ code: 'record-invalid' });
    expect(wb.snapshot()).toEqual(before);
  });

  it('reads the version-1 record an older add-in kept in the settings, and drops it from them once used', async () => {
    const { wb, sheet } = clerkWorkbook();
    const expected = clerkWorkbook();
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    // What the older add-in left: the same cells and formats (no 待回访 sheet yet), its record in workbook.settings.
    const record = recordOf(wb);
    wb.sheets = wb.sheets.filter((s) => s.name !== 'ledgerlint_state' && s.name !== CALLS_SHEET_NAME);
    const v1 = {
      sheetId: sheet.id,
      sheetName: NAME,
      statusColumn: record.statusColumn,
      nextDueColumn: record.nextDueColumn,
      headerRow: record.headerRow,
      lastDataRow: record.lastDataRow,
      headers: record.headers,
      highlights: record.highlights,
      summarySheet: 'ledgerlint汇总',
      previousWidths: { status: 48, nextDue: 48 },
      notes: true,
      profile: record.profile,
      asOf: record.asOf,
    };
    const mapping = { [sheet.id]: { name: NAME, columns: { customerId: '客户编号' } } };
    wb.settings.set(SETTINGS_KEY, JSON.stringify({ tool: 'ledgerlint', version: 1, sheets: mapping, annotation: v1 }));
    // Rows inserted since: a version-1 record kept no texts, our status words tell our cells.
    insertRows(sheet, 20);
    insertRows(expected.sheet, 20);
    await clearAnnotation(wb.host());
    expect(parseState(wb.settings.get(SETTINGS_KEY))).toEqual({ state: { tool: 'ledgerlint', version: 2, sheets: mapping }, legacyAnnotation: null });
    wb.settings.clear();
    expect(view(wb)).toEqual(view(expected.wb));
  });

  it('syncs: Annotate again takes one more than the first time (what the prior one left), Clear four, for an ordinary ledger', async () => {
    const { wb } = clerkWorkbook();
    const first = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(first.stats.syncs).toBe(3);
    const again = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(again.stats.syncs).toBe(4);
    expect((await clearAnnotation(wb.host())).syncs).toBe(4);
  });

  it('a copy of a 20,000-row annotated ledger: our columns are read in chunks under the payload limit, syncs grow with chunks, not rows', async () => {
    const table = { ...(generateTable(20_000) as Table), sheet: '客户回访记录表' };
    const { wb } = clerkWorkbook(table, { payloadLimit: 1_500_000 });
    const limits = { payloadBudget: 1_000_000 };
    const annotated = await annotateActiveSheet(wb.host(), { profile, asOf: '2025-12-31', limits });
    const copy = copySheet(wb, '客户回访记录表');
    const first = colIndex(annotated.plan.statusColumn);
    const ourColumns = (s: FakeSheet) => [...s.cells].filter(([k, c]) => Number(k.split(',')[1]) >= first && c.value !== undefined).length;
    expect(ourColumns(copy)).toBeGreaterThan(20_000);
    wb.syncs = [];
    const cleared = await clearAnnotation(wb.host(), { limits });
    expect(ourColumns(copy)).toBe(0);
    expect(ourColumns(wb.sheet('客户回访记录表')!)).toBe(0);
    for (const s of wb.syncs) expect(Math.max(s.sent, s.received)).toBeLessThan(1_500_000);
    // 4 fixed, and a few chunks for the 80,000 cells of our two columns on the two sheets (each
    // chunk sized to about half the budget from what the first weighed): never one per row.
    expect(cleared.syncs).toBeGreaterThan(4);
    expect(cleared.syncs).toBeLessThanOrEqual(10);
    expect(traces(wb)).toEqual([]);
  });

  it('in a 1904 workbook, our next-due dates are told from a clerk\'s by the workbook\'s own reading', async () => {
    const rows = ledger.rows.map((row, i) => row.map((v, j) => (typeof v === 'number' && v >= 1 && /y/.test(ledger.formats?.[i]?.[j] ?? '') ? v - 1462 : v)));
    const { wb, sheet } = clerkWorkbook({ ...ledger, rows }, { date1904: true });
    await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    copySheet(wb, NAME);
    const ours = [...sheet.cells].find(([k, c]) => k.endsWith(',18') && typeof c.value === 'number')!;
    const [row] = ours[0].split(',').map(Number);
    // The same date read in 1900 is four years and a day off: a clerk's, on the copy.
    const copy = wb.sheet(`${NAME} (2)`)!;
    typeCell(copy, `R${row}`, (ours[1].value as number) + 1462);
    const cleared = await clearAnnotation(wb.host());
    expect(cleared.kept).toEqual([{ sheet: `${NAME} (2)`, cells: [`R${row}`] }]);
    expect(traces(wb)).toEqual([]);
  });
});

describe('the test helpers do what Excel does', () => {
  it('inserting a column moves cells, widths, notes and conditional formats, and rewrites the formulas\' references', () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('S', [['a', 'b', 'c']]);
    s.widths.set(3, 70);
    s.notes.set('C1', 'n');
    s.cfs.push({ ref: 'A2:C9', formula: '=AND($C2>1,B$2="x",LEFT($B2,2)="C1")' });
    insertColumns(s, 'B');
    expect([s.cells.at(1, 1)?.value, s.cells.at(1, 2)?.value, s.cells.at(1, 3)?.value, s.cells.at(1, 4)?.value]).toEqual(['a', undefined, 'b', 'c']);
    expect([...s.widths]).toEqual([[4, 70]]);
    expect([...s.notes]).toEqual([['D1', 'n']]);
    expect(s.cfs).toEqual([{ ref: 'A2:D9', formula: '=AND($D2>1,C$2="x",LEFT($C2,2)="C1")' }]);
    deleteColumns(s, 'C');
    expect(s.cfs).toEqual([{ ref: 'A2:C9', formula: '=AND($C2>1,#REF!="x",LEFT(#REF!,2)="C1")' }]);
    insertRows(s, 1, 2);
    expect(s.cfs).toEqual([{ ref: 'A4:C11', formula: '=AND($C4>1,#REF!="x",LEFT(#REF!,2)="C1")' }]);
    deleteRows(s, 4);
    // The new top-left cell sees its own row: the formula as seen from it.
    expect(s.cfs).toEqual([{ ref: 'A4:C10', formula: '=AND($C4>1,#REF!="x",LEFT(#REF!,2)="C1")' }]);
    expect(colLetters(s.cells.used(true)!.c2)).toBe('C');
  });
});
