// The Office.js adapter against the fake workbook: sync counts, chunking under the payload limit,
// no user cell written, annotate twice == once, clear restores exactly, and degradation on older
// requirement sets.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWithCalls, evaluate, planAnnotation, type Table } from '@ledgerlint/policy';
import { CALLS_SHEET_NAME, STATUS_HEADER } from '@ledgerlint/policy/annotate';
import { isDateFormat } from '@ledgerlint/policy/ledger';
import { annotateActiveSheet, cellRuns, checkActiveSheet, clearAnnotation, DATE_PROBE_ROWS, detectDateSystem, isoToSerial, saveSheetSettings, selectRow } from '../src/office/adapter';
import { SETTINGS_KEY, parseState } from '../src/office/state';
import { AS_OF, exampleLedger, profile } from './example';
import { FakeWorkbook, formulaResult, parseAddress, type FakeSheet } from './fake-excel';
// @ts-expect-error plain JS module without types
import { generateTable } from '../../scripts/bench-data.mjs';

let ledger: Table;

beforeAll(async () => {
  ledger = await exampleLedger();
});

function workbookWith(table: Table, options: ConstructorParameters<typeof FakeWorkbook>[0] = {}): { wb: FakeWorkbook; sheet: FakeSheet } {
  const wb = new FakeWorkbook(options);
  wb.addSheet('说明', [['本工作簿记录客户回访']]);
  const sheet = wb.addSheet(table.sheet, table.rows, { formats: table.formats as (string | null)[][], top: table.firstRow, left: table.firstColumn });
  wb.active = 1;
  return { wb, sheet };
}

describe('check', () => {
  it('reads in 2 syncs for a small sheet (1 for shape and state, 1 chunk), writes nothing, and gives the same report as the CLI path', async () => {
    const { wb } = workbookWith(ledger);
    const before = wb.snapshot();
    const result = await checkActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(wb.syncs.length).toBe(2);
    expect(result.stats.syncs).toBe(2);
    expect(wb.snapshot()).toEqual(before);
    expect(wb.written.size).toBe(0);
    const direct = await evaluate(ledger, profile, { asOf: AS_OF });
    expect(result.report!.findings.map((f) => [f.ruleId, f.row, f.status])).toEqual(direct.findings.map((f) => [f.ruleId, f.row, f.status]));
    expect(result.sheet.name).toBe(ledger.sheet);
    // Load-before-read: loads values and number formats; `text` only for the top rows (the
    // date-system probe), in the same sync as the first chunk.
    expect(wb.calls.filter((c) => c.startsWith('range.load(values,numberFormat)')).length).toBe(1);
    const textAt = wb.calls.findIndex((c) => /load\(.*text/.test(c));
    expect(wb.calls.filter((c) => /load\(.*text/.test(c)).length).toBe(1);
    const probe = parseAddress(/getRange\((.*)\)/.exec(wb.calls[textAt - 1])![1]);
    expect(probe.r2 - probe.r1 + 1).toBeLessThanOrEqual(DATE_PROBE_ROWS);
    expect(result.dateSystem).toEqual({ date1904: false, source: 'text' });
  });

  it('chunks a 20,000-row ledger: syncs = 1 + chunks, each under the 5 MB payload limit, constant in rows within a chunk', async () => {
    const table = generateTable(20_000) as Table;
    const { wb } = workbookWith({ ...table, sheet: '客户回访记录表' });
    const result = await checkActiveSheet(wb.host(), { profile, asOf: '2025-12-31' });
    expect(result.stats.chunks).toBeGreaterThan(1);
    expect(wb.syncs.length).toBe(1 + result.stats.chunks);
    for (const s of wb.syncs) expect(s.received).toBeLessThan(5 * 1024 * 1024);
    expect(result.report!.summary.records).toBe(20_000);
    // The same sheet with fewer rows than one chunk holds still takes 2 syncs.
    const small = workbookWith({ ...generateTable(300), sheet: 'S' } as Table).wb;
    await checkActiveSheet(small.host(), { profile, asOf: '2025-12-31' });
    expect(small.syncs.length).toBe(2);
  });

  it('halves a chunk that Excel refuses as too large, and carries on', async () => {
    const table = generateTable(3_000) as Table;
    const { wb } = workbookWith({ ...table, sheet: 'S' }, { payloadLimit: 200_000 });
    const result = await checkActiveSheet(wb.host(), { profile, asOf: '2025-12-31', limits: { firstChunkCells: 40_000 } });
    expect(result.report!.summary.records).toBe(3_000);
    const refused = wb.syncs.filter((s) => s.received > 200_000).length;
    expect(refused).toBeGreaterThan(0);
    for (const s of wb.syncs.slice(-3)) expect(s.received).toBeLessThanOrEqual(200_000);
  });

  it('says clearly what is wrong: empty sheet, no header, missing column, too big', async () => {
    const empty = new FakeWorkbook();
    empty.addSheet('空表');
    await expect(checkActiveSheet(empty.host(), { profile })).rejects.toMatchObject({ code: 'empty-sheet', zh: expect.stringContaining('空表') });
    const old = new FakeWorkbook({ excelApi: '1.2' });
    old.addSheet('空表');
    await expect(checkActiveSheet(old.host(), { profile })).rejects.toMatchObject({ code: 'empty-sheet' });

    const noHeader = new FakeWorkbook();
    noHeader.addSheet('S', [['a', 'b'], [1, 2]]);
    const r1 = await checkActiveSheet(noHeader.host(), { profile });
    expect(r1.report).toBeNull();
    expect(r1.error!.code).toBe('no-header');
    expect(r1.error!.zh).toMatch(/[\u4e00-\u9fff]/);

    const missing = new FakeWorkbook();
    missing.addSheet('S', [['客户编号', '客户名称', '回访方式'], ['K1', '张三', '电话']]);
    const r2 = await checkActiveSheet(missing.host(), { profile });
    expect(r2.error!.code).toBe('missing-column');
    expect(r2.headers).toEqual(['客户编号', '客户名称', '回访方式']);

    const big = workbookWith(ledger).wb;
    await expect(checkActiveSheet(big.host(), { profile, limits: { maxCells: 100 } })).rejects.toMatchObject({ code: 'range-too-big' });
  });

  it('refuses to run below the minimum requirement set, in both languages', async () => {
    const { wb } = workbookWith(ledger, { excelApi: '1.1' });
    await expect(checkActiveSheet(wb.host(), { profile })).rejects.toMatchObject({ code: 'no-excel', en: expect.stringContaining('ExcelApi 1.2') });
  });

  it('uses and remembers the column mapping per sheet', async () => {
    const rename: Record<string, string> = { 客户编号: 'QQ1', 客户姓名: 'QQ2' };
    const rows = ledger.rows.map((r) => r.map((h) => (typeof h === 'string' && rename[h] ? rename[h] : h)));
    const { wb } = workbookWith({ ...ledger, rows });
    const host = wb.host();
    const first = await checkActiveSheet(host, { profile, asOf: AS_OF });
    expect(first.error?.code).toBe('missing-column');
    expect(first.headers).toContain('QQ1');
    const sheet = first.sheet;
    await saveSheetSettings(host, sheet, { profile: '002-1', columns: { customerId: 'QQ1' } });
    const stored = parseState(wb.settings.get(SETTINGS_KEY));
    expect(stored && 'state' in stored && stored.state.sheets[sheet.id].columns).toEqual({ customerId: 'QQ1' });
    const again = await checkActiveSheet(host, { profile, asOf: AS_OF });
    expect(again.saved?.columns).toEqual({ customerId: 'QQ1' });
    expect(again.report).not.toBeNull();
    expect(again.via.customerId).toBe('override');
  });
});

describe('annotate', () => {
  it('writes the same plan as the command line, only right of the clerk\'s data, in 1 + chunks + writes syncs, one undo group', async () => {
    const { wb, sheet } = workbookWith(ledger);
    const userCells = new Set(wb.cellKeys(sheet.name));
    const before = JSON.stringify([...sheet.cells].filter(([k]) => userCells.has(`${sheet.name}!${k}`)));
    const result = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    // 1 shape/state + 1 chunk (with the widths) + 1 write.
    expect(wb.syncs.length).toBe(3);
    expect(result.stats.syncs).toBe(3);
    expect(wb.runs).toEqual([{ mergeUndoGroup: true }]);
    for (const s of wb.syncs) expect(Math.max(s.sent, s.received)).toBeLessThan(5 * 1024 * 1024);

    // Never a user cell.
    for (const cell of wb.written) expect(userCells.has(cell), `wrote user cell ${cell}`).toBe(false);
    expect(JSON.stringify([...sheet.cells].filter(([k]) => userCells.has(`${sheet.name}!${k}`)))).toBe(before);

    // The same plan as the command line's over the same table (its 待回访 list a week ahead, as todo's).
    const { report, calls: todo } = await checkWithCalls(ledger, profile, { asOf: AS_OF });
    const width = Math.max(...ledger.rows.map((r) => r.length));
    const plan = planAnnotation(report, profile, { firstColumn: 1, lastColumn: width, lastRow: ledger.rows.length }, '客户回访记录表.xlsx', todo);
    const S = plan.statusColumn;
    const D = plan.nextDueColumn;
    expect(result.plan.statusColumn).toBe('Q');
    const cell = (r: number, c: number) => sheet.cells.get(`${r},${c}`);
    expect(cell(plan.headerRow, S)?.value).toBe(plan.headers.status);
    expect(cell(plan.headerRow, D)?.value).toBe(plan.headers.nextDue);
    for (const r of plan.rows) {
      expect(cell(r.row, S)?.value).toBe(r.status);
      expect(cell(r.row, D)?.value).toBe(r.nextDue ? isoToSerial(r.nextDue) : undefined);
      if (r.nextDue) expect(cell(r.row, D)?.format).toBe('yyyy-mm-dd');
      expect(sheet.notes.get(`Q${r.row}`)).toBe(r.note ?? undefined);
      expect(cell(r.row, S)?.formula).toBeUndefined();
    }
    // Conditional formats that stay true with TODAY().
    expect(sheet.cfs.map((c) => c.formula)).toEqual(expect.arrayContaining([`=${plan.highlights[0].formula}`, `=${plan.highlights[1].formula}`]));
    expect(sheet.cfs[0].formula).toContain('TODAY()');
    expect(sheet.cfs[0].fill).toBe('#FFC7CE');
    // The summary sheet, with the library's rows.
    const summary = wb.sheet('ledgerlint汇总')!;
    expect(summary.cells.get('1,1')?.value).toBe(plan.summary.rows[0][0]);
    expect(summary.cells.get('2,2')?.value).toBe('客户回访记录表.xlsx');
    expect(result.degraded).toEqual([]);
    // Status cells by colour, wrapped.
    const LEVEL_FILL = { bad: '#FFC7CE', 'due-soon': '#FFEB9C', invalid: '#F8CBAD', quiet: '#EDEDED' } as const;
    for (const r of plan.rows) {
      expect(cell(r.row, S)?.wrap, `row ${r.row}`).toBe(true);
      expect(cell(r.row, S)?.fill, `row ${r.row}`).toBe(r.level === 'ok' ? undefined : LEVEL_FILL[r.level]);
    }
    expect([...new Set(plan.rows.map((r) => r.level))]).toEqual(expect.arrayContaining(['ok', 'bad', 'quiet', 'invalid']));

    // The 待回访 sheet: the library's lines, sorted by due, each row's link a HYPERLINK to its row.
    const calls = wb.sheet(CALLS_SHEET_NAME)!;
    const lines = plan.calls.rows.slice(4);
    expect(lines.length).toBeGreaterThan(3);
    const dues = lines.map((l) => String(l[0]));
    expect(dues).toEqual([...dues].sort());
    plan.calls.rows.forEach((values, i) =>
      values.forEach((v, j) => {
        const got = calls.cells.at(i + 1, j + 1);
        const link = plan.calls.links[i];
        if (j + 1 === plan.calls.linkColumn && link !== null) {
          expect(got).toMatchObject({ formula: true, value: `=HYPERLINK("#'${ledger.sheet}'!A${link}","第 ${link} 行")`, font: '#0563C1' });
          expect(formulaResult(got?.value)).toBe(v);
        } else expect(got?.value ?? null, `${i + 1}:${j + 1}`).toEqual(v);
      }),
    );
  });

  it('keeps a 待回访 sheet the clerk wrote in: Annotate refuses to overwrite it, Clear leaves it and says so', async () => {
    const { wb } = workbookWith(ledger);
    const host = wb.host();
    await annotateActiveSheet(host, { profile, asOf: AS_OF });
    wb.sheet(CALLS_SHEET_NAME)!.cells.put(5, 9, { value: '已打，周六到店' });
    const before = wb.snapshot();
    await expect(annotateActiveSheet(host, { profile, asOf: AS_OF })).rejects.toMatchObject({ code: 'calls-edited', zh: expect.stringContaining(CALLS_SHEET_NAME) });
    expect(wb.snapshot()).toEqual(before);
    const cleared = await clearAnnotation(host);
    expect(cleared).toMatchObject({ keptCalls: [CALLS_SHEET_NAME], keptSummary: [] });
    expect(wb.sheets.map((s) => s.name)).toEqual(['说明', ledger.sheet, CALLS_SHEET_NAME]);
  });

  it('annotating twice equals annotating once', async () => {
    const { wb } = workbookWith(ledger);
    const host = wb.host();
    await annotateActiveSheet(host, { profile, asOf: AS_OF });
    const once = wb.snapshot();
    await annotateActiveSheet(host, { profile, asOf: AS_OF });
    expect(wb.snapshot()).toEqual(once);
  });

  it('Clear restores the workbook exactly (values, formats, notes, widths, conditional formats, sheets), keeping the clerk\'s own conditional formats', async () => {
    const { wb, sheet } = workbookWith(ledger);
    sheet.cfs.push({ ref: 'A2:P40', formula: '=$E2="H"', fill: '#00FF00' });
    sheet.widths.set(3, 90);
    const host = wb.host();
    const pristine = wb.snapshot();
    await annotateActiveSheet(host, { profile, asOf: AS_OF });
    // The record of what was added: a very hidden sheet, not the settings.
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['说明', 'Visible'],
      [ledger.sheet, 'Visible'],
      ['ledgerlint汇总', 'Visible'],
      ['待回访', 'Visible'],
      ['ledgerlint_state', 'VeryHidden'],
    ]);
    expect(wb.settings.size).toBe(0);
    wb.syncs = [];
    const cleared = await clearAnnotation(host);
    expect(cleared).toMatchObject({ sheet: ledger.sheet, sheets: [ledger.sheet], kept: [], keptSummary: [], keptCalls: [], missingColumns: [] });
    // Sheets and settings; the record with each sheet's extent and formats; header rows (this small sheet whole) and summary; the writes.
    expect(wb.syncs.length).toBe(4);
    expect(cleared.syncs).toBe(4);
    expect(wb.snapshot()).toEqual(pristine);
    await expect(clearAnnotation(host)).rejects.toMatchObject({ code: 'not-annotated' });
  });

  it('chunks the writes of a 20,000-row ledger under the payload limit; syncs grow with chunks, not rows', async () => {
    const table = { ...(generateTable(20_000) as Table), sheet: '客户回访记录表' };
    const { wb, sheet } = workbookWith(table);
    const userCells = new Set(wb.cellKeys(sheet.name));
    const result = await annotateActiveSheet(wb.host(), { profile, asOf: '2025-12-31', limits: { payloadBudget: 1_000_000 } });
    for (const s of wb.syncs) expect(Math.max(s.sent, s.received)).toBeLessThan(1_200_000);
    const writes = wb.syncs.length - 1 - result.stats.chunks;
    expect(writes).toBeGreaterThan(1);
    // Bytes written / budget bounds the write syncs (each but the last is at least half full).
    const sent = wb.syncs.reduce((n, s) => n + s.sent, 0);
    expect(writes).toBeLessThanOrEqual(Math.ceil(sent / 500_000) + 1);
    for (const cell of wb.written) expect(userCells.has(cell)).toBe(false);
  });

  it('refuses a protected sheet and a clerk\'s sheet named like the summary, changing nothing', async () => {
    const { wb, sheet } = workbookWith(ledger);
    sheet.protected = true;
    const before = wb.snapshot();
    await expect(annotateActiveSheet(wb.host(), { profile, asOf: AS_OF })).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(wb.snapshot()).toEqual(before);
    sheet.protected = false;
    wb.addSheet('ledgerlint汇总', [['mine']]);
    const before2 = wb.snapshot();
    await expect(annotateActiveSheet(wb.host(), { profile, asOf: AS_OF })).rejects.toMatchObject({ code: 'summary-sheet-exists' });
    expect(wb.snapshot()).toEqual(before2);
  });

  it('puts our columns right of formatted cells too, so no cell the clerk formatted is touched', async () => {
    const { wb, sheet } = workbookWith(ledger);
    sheet.cells.set('3,18', { fill: '#123456' }); // R3: formatted, empty
    const result = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(result.plan.statusColumn).toBe('S');
    expect(sheet.cells.get('3,18')).toEqual({ fill: '#123456' });
  });

  it('leaves a column whose header the clerk retyped, and says so; the other one still goes', async () => {
    const { wb, sheet } = workbookWith(ledger);
    const host = wb.host();
    const r = await annotateActiveSheet(host, { profile, asOf: AS_OF });
    expect(r.plan.statusColumn).toBe('Q');
    // The clerk types over our status header: the column may be theirs now.
    const header = [...sheet.cells].find(([k, c]) => k.endsWith(',17') && c.value === STATUS_HEADER)![0];
    sheet.cells.set(header, { value: '备注' });
    const q = [...sheet.cells].filter(([k]) => k.endsWith(',17'));
    const cleared = await clearAnnotation(host);
    expect(cleared.missingColumns).toEqual([STATUS_HEADER]);
    expect([...sheet.cells].filter(([k]) => k.endsWith(',17'))).toEqual(q);
    expect([...sheet.cells].filter(([k]) => k.endsWith(',18'))).toEqual([]);
    // Our conditional formats go all the same: the red one carries our status words, the
    // due-soon one refers only to our next-due column.
    expect(sheet.cfs).toEqual([]);
    expect(wb.sheets.map((s) => s.name)).toEqual(['说明', ledger.sheet]);
  });

  it('keeps state versioned and zod-checked; a damaged state changes nothing', async () => {
    const { wb } = workbookWith(ledger);
    wb.settings.set(SETTINGS_KEY, JSON.stringify({ tool: 'ledgerlint', version: 99 }));
    const before = wb.snapshot();
    await expect(annotateActiveSheet(wb.host(), { profile, asOf: AS_OF })).rejects.toMatchObject({ code: 'state-invalid' });
    expect(wb.snapshot()).toEqual(before);
  });
});

describe('requirement sets: degrade, do not fail', () => {
  it('Office 2021 (ExcelApi 1.12): no notes -> the note text goes into the status cell; no undo group', async () => {
    const { wb, sheet } = workbookWith(ledger, { excelApi: '1.12' });
    const result = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(result.degraded).toEqual(['no-notes', 'no-undo-group']);
    expect(wb.runs).toEqual([{ mergeUndoGroup: false }]);
    expect(sheet.notes.size).toBe(0);
    const flagged = [...sheet.cells].find(([k, c]) => k.endsWith(',17') && typeof c.value === 'string' && c.value.includes('依据'));
    expect(flagged).toBeDefined();
    expect(sheet.cfs.length).toBeGreaterThan(0);
    // The record knows those longer texts as ours: a second Annotate and Clear leave nothing behind.
    const again = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(again.plan.statusColumn).toBe('Q');
    expect(again.prior?.kept).toEqual([]);
    await clearAnnotation(wb.host());
    expect(sheet.cfs.length).toBe(0);
    expect([...sheet.cells].filter(([k]) => /,1[78]$/.test(k))).toEqual([]);
  });

  it('Office 2016 (ExcelApi 1.2): static fills on our own cells only, no conditional formats; annotating again and clearing still exact', async () => {
    const { wb, sheet } = workbookWith(ledger, { excelApi: '1.2' });
    const userCells = new Set(wb.cellKeys(sheet.name));
    const host = wb.host();
    const pristine = wb.snapshot();
    const result = await annotateActiveSheet(host, { profile, asOf: AS_OF });
    expect(result.degraded).toEqual(['no-notes', 'no-conditional-formats', 'no-workbook-settings', 'no-undo-group']);
    expect(sheet.cfs).toEqual([]);
    expect(wb.settings.size).toBe(0);
    expect(wb.sheet('ledgerlint_state')?.visibility).toBe('VeryHidden');
    const red = [...sheet.cells].filter(([, c]) => c.fill === '#FFC7CE').map(([k]) => Number(k.split(',')[1]));
    expect(red.length).toBeGreaterThan(0);
    expect(new Set(red)).toEqual(new Set([17, 18]));
    for (const cell of wb.written) expect(userCells.has(cell)).toBe(false);
    // The record sheet is found in the sheet list and read with used ranges that never fail (no null objects below 1.4).
    const once = wb.snapshot();
    await annotateActiveSheet(host, { profile, asOf: AS_OF });
    expect(wb.snapshot()).toEqual(once);
    await clearAnnotation(host);
    expect(wb.snapshot()).toEqual(pristine);
  });
});

describe('1904 date system', () => {
  /** The same ledger saved by a 1904 workbook: every date cell's serial is 1,462 days smaller (bare times of day stay). */
  const as1904 = (t: Table): Table => ({
    ...t,
    rows: t.rows.map((row, i) => row.map((v, j) => (typeof v === 'number' && v >= 1 && isDateFormat(t.formats?.[i]?.[j]) ? v - 1462 : v))),
  });
  const keyOf = (r: Awaited<ReturnType<typeof checkActiveSheet>>) => r.report!.findings.map((f) => [f.ruleId, f.row, f.status, f.dueAt]);

  it('tells the system from the date cells\' displayed text, reads the dates right, and writes next-due dates in 1904 serials', async () => {
    const plain = workbookWith(ledger).wb;
    const base = await checkActiveSheet(plain.host(), { profile, asOf: AS_OF });
    const { wb, sheet } = workbookWith(as1904(ledger), { date1904: true });
    const result = await checkActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(result.dateSystem).toEqual({ date1904: true, source: 'text' });
    expect(wb.syncs.length).toBe(2); // no sync of its own
    expect(keyOf(result)).toEqual(keyOf(base));

    const annotated = await annotateActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(annotated.dateSystem.date1904).toBe(true);
    expect(annotated.plan.nextDueColumn).toBe('R');
    // Every next-due date written, as 1904 serials (days since 1904-01-01, counted apart from the
    // code) in the date format: Excel shows R6 as 2025-10-17, R8 2025-10-14, R19 and R23
    // 2025-10-31, R24 and R30 2025-10-13, R27 2025-10-15, R29 2025-09-27, R32 2025-11-30. In the
    // 1900 system the same dates would be 1,462 larger and show four years and a day later.
    const dates = [...sheet.cells].filter(([at, c]) => at.endsWith(',18') && typeof c.value === 'number').map(([at, c]) => [Number(at.split(',')[0]), c.value, c.format]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(dates).toEqual([
      [6, 44485, 'yyyy-mm-dd'],
      [8, 44482, 'yyyy-mm-dd'],
      [19, 44499, 'yyyy-mm-dd'],
      [23, 44499, 'yyyy-mm-dd'],
      [24, 44481, 'yyyy-mm-dd'],
      [27, 44483, 'yyyy-mm-dd'],
      [29, 44465, 'yyyy-mm-dd'],
      [30, 44481, 'yyyy-mm-dd'],
      [32, 44529, 'yyyy-mm-dd'],
    ]);
  });

  it('uses workbook.use1904DateSystem where Office.js has it, and falls back to the text when the host refuses it', async () => {
    const api = workbookWith(as1904(ledger), { date1904: true, use1904Api: true }).wb;
    const r1 = await checkActiveSheet(api.host(), { profile, asOf: AS_OF });
    expect(r1.dateSystem).toEqual({ date1904: true, source: 'api' });
    expect(api.syncs.length).toBe(2);
    expect(api.calls.filter((c) => c === 'workbook.load(use1904DateSystem)').length).toBe(1);

    const refused = workbookWith(as1904(ledger), { date1904: true, use1904Api: 'refused' }).wb;
    const r2 = await checkActiveSheet(refused.host(), { profile, asOf: AS_OF });
    expect(r2.dateSystem).toEqual({ date1904: true, source: 'text' });
    expect(refused.syncs.length).toBe(3); // the refused first chunk, read again
    expect(keyOf(r2)).toEqual(keyOf(r1));
  });

  it('says "cannot tell" without date cells, and reads two-digit years and month/day formats', () => {
    expect(detectDateSystem([['a', 1]], [['General', 'General']], [['a', '1']])).toBeNull();
    const serial = isoToSerial('2025-03-05');
    const s1904 = serial - 1462;
    expect(detectDateSystem([[serial]], [['yyyy-mm-dd']], [['2025-03-05']])).toBe(false);
    expect(detectDateSystem([[s1904]], [['yyyy-mm-dd']], [['2025-03-05']])).toBe(true);
    expect(detectDateSystem([[s1904]], [['yy/m/d']], [['25/3/5']])).toBe(true);
    expect(detectDateSystem([[s1904]], [['m"月"d"日"']], [['3月5日']])).toBe(true);
    expect(detectDateSystem([[serial]], [['yyyy"年"m"月"d"日" h:mm']], [['2025年3月5日 14:30']])).toBe(false);
    // A date-time shown as a time of day alone tells nothing.
    expect(detectDateSystem([[s1904 + 0.5]], [['h:mm']], [['12:00']])).toBeNull();
    // Disagreeing cells: no answer.
    expect(detectDateSystem([[serial, s1904]], [['yyyy-mm-dd', 'yyyy-mm-dd']], [['2025-03-05', '2025-03-05']])).toBeNull();
  });
});

describe('small pieces', () => {
  it('selects a finding\'s row in one sync', async () => {
    const { wb } = workbookWith(ledger);
    await selectRow(wb.host(), { id: wb.sheets[1].id, name: ledger.sheet }, 7, 16);
    expect(wb.selections).toEqual([`${ledger.sheet}!A7:P7`]);
    expect(wb.syncs.length).toBe(1);
  });

  it('splits invalid-cell lists into runs down each column', () => {
    expect(cellRuns('E5 E6 E7 G2 E9 AA3')).toEqual(['E5:E7', 'E9', 'G2', 'AA3']);
  });

  it('dates: ISO -> Excel serial (1900 system, or 1904)', () => {
    expect(isoToSerial('2025-10-15')).toBe(45945);
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2025-10-15', true)).toBe(45945 - 1462);
    expect(isoToSerial('1904-01-01', true)).toBe(0);
  });
});
