// Merged cells: a ledger whose customer number, name and the other customer columns are merged
// down over each customer's rows, under a title block merged across the top and a two-row header.
// The command line reads the merged ranges from the file; the add-in reads them from Excel
// (ExcelApi 1.13), through the exceljs bridge into the fake workbook, and must find the same. Without
// ExcelApi 1.13 the add-in cannot read them, and refuses rather than differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, type CellValue, type Table } from '@ledgerlint/policy';
import { workbookFromTable } from '@ledgerlint/xlsx';
import { openWorkbook } from '../../packages/xlsx/src/open-workbook';
import { cli, tempDir } from '../../test/helpers';
import { annotateActiveSheet, checkActiveSheet } from '../src/office/adapter';
import { continuationRows, mergeBands, MERGED_AREAS_PER_CALL, rangeOfAddress } from '../src/office/merges';
import { AS_OF, exampleLedger, mergedLayout, profile } from './example';
import { toFake } from './exceljs-bridge';
import { FakeWorkbook } from './fake-excel';

/** The example's header row and data rows (sheet rows 3 and 4–36), columns A–P. */
let ledger: Table;
beforeAll(async () => {
  ledger = await exampleLedger();
});

/** The ledger written to a file and opened again: what the clerk saves, what Excel and the command line open. */
async function writeLedger(): Promise<{ path: string; merges: string[] }> {
  const { table, merges } = mergedLayout(ledger);
  const book = workbookFromTable(table);
  for (const ref of merges) book.worksheets[0].mergeCells(ref);
  const path = join(tempDir(), '回访台账-合并.xlsx');
  writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return { path, merges };
}

async function fakeOf(path: string, excelApi?: string): Promise<FakeWorkbook> {
  const wb = toFake((await openWorkbook(new Uint8Array(readFileSync(path)), 'x.xlsx')).workbook);
  if (excelApi) wb.excelApi = excelApi;
  return wb;
}

/** A finding of a record without customer ("（空白）没有客户编号或客户名称"): the report's, or the command line's JSON. */
const missing = (f: { data?: unknown; message?: unknown }) => (f.data as { code?: string } | undefined)?.code === 'customer-missing' || JSON.stringify(f.message ?? '').includes('没有客户编号或客户名称');

type Key = { ruleId: string; message?: unknown; row?: number | null; customer?: string | null; status: string };
const keys = (findings: Key[]) => new Set(findings.map((f) => `${f.ruleId}|${f.row ?? ''}|${f.customer ?? ''}|${f.status}`));

describe('merged cells', () => {
  it('a ledger with merged customer cells, a title block and a two-row header: the add-in finds what the command line finds', async () => {
    const { path, merges } = await writeLedger();
    const out = await cli('check', path, '--profile', profile.id, '--as-of', AS_OF, '--format', 'json');
    const fromCli = JSON.parse(out.stdout) as { findings: Key[] };
    expect(fromCli.findings.length).toBeGreaterThan(10);
    // The command line reads it right: every record has its customer.
    expect(fromCli.findings.filter(missing)).toEqual([]);

    const wb = await fakeOf(path);
    expect(wb.sheets[0].merges.length).toBe(merges.length);
    const before = wb.snapshot();
    const result = await checkActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(result.error).toBeNull();
    expect(keys(result.report!.findings)).toEqual(keys(fromCli.findings));
    expect(result.report!.findings.length).toBe(fromCli.findings.length);
    // Read with the cells, in the same sync: 1 for the sheet's shape, 1 for its one chunk.
    expect(result.stats.syncs).toBe(2);
    expect(wb.calls.filter((c) => c === 'range.getMergedAreasOrNullObject()').length).toBe(mergeBands(1, 37, 1, 16).length);
    expect(wb.snapshot()).toEqual(before);
  });

  it('the same ledger with its merges ignored gives other findings (what the pane showed before): so the test above tells', async () => {
    const { path } = await writeLedger();
    const wb = await fakeOf(path);
    wb.sheets[0].merges = [];
    const result = await checkActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(result.report!.findings.filter(missing).length).toBeGreaterThan(5);
  });

  it('reads merged areas in bands of at most 512 cells (Excel refuses more areas in one call), across chunks, with no sync of their own', async () => {
    // 3,000 customers of two rows each, number and name merged: 6,000 areas.
    const rows: CellValue[][] = [['客户编号', '客户姓名', '意向级别', '回访日期', '回访方式', '回访结果']];
    for (let i = 0; i < 3000; i++) {
      const id = `K${String(i).padStart(4, '0')}`;
      rows.push([id, `客户${i}`, 'C', 45900 + (i % 30), '电话', '已接通']);
      rows.push([null, null, 'C', 45935, '电话', '已接通']);
    }
    const formats = rows.map((r, i) => r.map((_, c) => (i > 0 && c === 3 ? 'yyyy-mm-dd' : null)));
    const wb = new FakeWorkbook();
    wb.addSheet('回访', rows, { formats });
    for (let i = 0; i < 3000; i++) {
      wb.merge('回访', `A${2 + 2 * i}:A${3 + 2 * i}`);
      wb.merge('回访', `B${2 + 2 * i}:B${3 + 2 * i}`);
    }
    const result = await checkActiveSheet(wb.host(), { profile, asOf: AS_OF, limits: { firstChunkCells: 6_000 } });
    expect(result.stats.chunks).toBeGreaterThan(1);
    expect(result.stats.syncs).toBe(1 + result.stats.chunks);
    expect(result.report!.summary.records).toBe(6000);
    expect(result.report!.findings.filter(missing)).toEqual([]);
    // Every customer has both its rows: the same report as the ledger with the cells filled down.
    const filled = rows.map((r, i) => (i > 0 && r[0] === null ? [rows[i - 1][0], rows[i - 1][1], ...r.slice(2)] : r));
    const direct = await evaluate({ sheet: '回访', rows: filled, formats }, profile, { asOf: AS_OF });
    expect(keys(result.report!.findings)).toEqual(keys(direct.findings));
  });

  it('without ExcelApi 1.13 (Office 2021 and older): Check and Annotate refuse the merged layout, in Chinese and English, and change nothing', async () => {
    const { path } = await writeLedger();
    const wb = await fakeOf(path, '1.12');
    const before = wb.snapshot();
    const result = await checkActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(result.report).toBeNull();
    expect(result.error).toMatchObject({ code: 'merged-cells-unreadable' });
    expect(result.error!.zh).toMatch(/^工作表「意向客户回访记录」第 6、7、9、11、12 行（共 \d+ 行）没有客户编号和客户名称/);
    expect(result.error!.zh).toMatch(/取消单元格合并/);
    expect(result.error!.en).toMatch(/Unmerge Cells/);
    // The mapping editor still has the headers.
    expect(result.headers).toContain('客户编号');
    await expect(annotateActiveSheet(wb.host(), { profile, asOf: AS_OF })).rejects.toMatchObject({ code: 'merged-cells-unreadable' });
    expect(wb.snapshot()).toEqual(before);
    expect(wb.written.size).toBe(0);
  });

  it('without ExcelApi 1.13, ordinary blanks are checked as the command line checks them', async () => {
    // The example as it is (no merges): checked.
    const plain = new FakeWorkbook({ excelApi: '1.12' });
    plain.addSheet(ledger.sheet, ledger.rows, { formats: ledger.formats as (string | null)[][] });
    const ok = await checkActiveSheet(plain.host(), { profile, asOf: AS_OF });
    expect(ok.error).toBeNull();

    // Blank optional cells, a blank row between blocks, a record without a customer after the blank
    // row, and one customer forgotten under another's row: reported, not refused.
    const rows = ledger.rows.map((r) => r.slice());
    rows[10][9] = null; // 回访内容
    rows[12][11] = null;
    rows.splice(20, 0, Array(16).fill(null));
    rows[21][0] = null;
    rows[21][1] = null;
    rows[27][0] = null;
    rows[27][1] = null;
    const formats = (ledger.formats ?? []).map((r) => r.map((f) => f ?? null));
    formats.splice(20, 0, []);
    const wb = new FakeWorkbook({ excelApi: '1.12' });
    wb.addSheet(ledger.sheet, rows, { formats });
    const result = await checkActiveSheet(wb.host(), { profile, asOf: AS_OF });
    expect(result.error).toBeNull();
    const direct = await evaluate({ sheet: ledger.sheet, rows, formats }, profile, { asOf: AS_OF });
    expect(keys(result.report!.findings)).toEqual(keys(direct.findings));
    expect(result.report!.findings.filter(missing).map((f) => f.row)).toEqual([22, 28]);
  });
});

describe('merges.ts', () => {
  it('bands hold at most 512 cells and cover the rows once', () => {
    const bands = mergeBands(5, 2504, 3, 18);
    expect(bands.every((b) => (b.bottom - b.top + 1) * (b.right - b.left + 1) <= MERGED_AREAS_PER_CALL)).toBe(true);
    expect(bands.reduce((n, b) => n + b.bottom - b.top + 1, 0)).toBe(2500);
    expect(bands[0]).toEqual({ top: 5, left: 3, bottom: 36, right: 18 });
    const wide = mergeBands(1, 2, 1, 1200);
    expect(wide).toEqual([
      { top: 1, left: 1, bottom: 1, right: 512 },
      { top: 1, left: 513, bottom: 1, right: 1024 },
      { top: 1, left: 1025, bottom: 1, right: 1200 },
      { top: 2, left: 1, bottom: 2, right: 512 },
      { top: 2, left: 513, bottom: 2, right: 1024 },
      { top: 2, left: 1025, bottom: 2, right: 1200 },
    ]);
  });

  it('reads the addresses Excel gives', () => {
    expect(rangeOfAddress("'回访 (2)'!A5:B8")).toEqual({ top: 5, left: 1, bottom: 8, right: 2 });
    expect(rangeOfAddress('Sheet1!$AB$3:$AC$30')).toEqual({ top: 3, left: 28, bottom: 30, right: 29 });
    expect(rangeOfAddress("'a!b'!C7")).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
    expect(rangeOfAddress('Sheet1!A:A')).toBeNull();
  });

  it('continuation rows: under a keyed record, not after a blank row or the header', () => {
    const rows: CellValue[][] = [['编号', '姓名', '回访日期'], [null, null, 1], ['K1', '甲', 1], [null, null, 2], [null, null, 3], [], [null, null, 4], ['K2', null, 5], [null, null, 6]];
    expect(continuationRows({ rows, firstRow: 3 }, { headerIndex: 0, fields: { customerId: 0, customerName: 1 } })).toEqual([6, 7, 11]);
    expect(continuationRows({ rows }, { headerIndex: 0, fields: {} })).toEqual([]);
  });
});
