import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLedgerlintError, type LedgerlintError } from '@ledgerlint/policy';
import { dayFromYmd } from '@ledgerlint/policy/calendar';
import { Precision, readTimeCell } from '@ledgerlint/policy/ledger';
import './fidelity';
import { rawXlsx } from './testing';
import { unzip } from './testing-workbook';
import { loadInMemory, readXlsxBytes, serialFromExcelDate } from './xlsx';

/** Excel 1900-system serial of a wall-clock time: whole days since 1899-12-30 plus the day fraction. */
function serial(y: number, m: number, d: number, hh = 0, mm = 0): number {
  const days = Date.UTC(y, m - 1, d) / 86_400_000; // exact integer: days since 1970-01-01
  return days + 25569 + (hh * 60 + mm) / 1440;
}

let dir = '';
let mainFile = '';
let mainBytes: Buffer;

const HEADERS = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];

async function writeMainWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('空白');
  const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
  hidden.getCell('A1').value = '内部备注';
  const ws = wb.addWorksheet('客户回访记录表');
  // The table starts at B3 with nothing above or left of it.
  ws.getRow(3).getCell(2).value = null;
  HEADERS.forEach((h, i) => (ws.getCell(3, 2 + i).value = h));
  const r4 = ws.getRow(4);
  r4.getCell(2).value = 'C001';
  r4.getCell(3).value = '张三';
  r4.getCell(4).value = 'A';
  r4.getCell(5).value = new Date(Date.UTC(2025, 2, 5)); // date only
  r4.getCell(5).numFmt = 'yyyy-mm-dd';
  r4.getCell(6).value = new Date(Date.UTC(2025, 2, 5, 14, 30)); // date and time
  r4.getCell(6).numFmt = 'yyyy-mm-dd hh:mm';
  r4.getCell(7).value = '电话';
  r4.getCell(8).value = {
    richText: [{ text: '客户表示' }, { font: { bold: true }, text: '满意' }, { text: '，已记录' }],
  };
  r4.getCell(9).value = { formula: 'IF(1>0,"满意","")', result: '满意' };
  const r5 = ws.getRow(5);
  r5.getCell(2).value = 'C002';
  r5.getCell(3).value = { text: '李四（链接）', hyperlink: 'https://example.com/c002' };
  r5.getCell(4).value = 'B';
  r5.getCell(5).value = 14.5 / 24; // time only, written as a number
  r5.getCell(5).numFmt = 'hh:mm';
  r5.getCell(6).value = new Date(Date.UTC(1899, 11, 30, 9, 15)); // time only, written as a Date
  r5.getCell(6).numFmt = 'h:mm';
  r5.getCell(7).value = { error: '#N/A' };
  r5.getCell(8).value = true;
  r5.getCell(9).value = { formula: 'F4+1', result: new Date(Date.UTC(2025, 2, 6, 14, 30)) };
  r5.getCell(9).numFmt = 'yyyy-mm-dd hh:mm';
  const r6 = ws.getRow(6);
  r6.getCell(2).value = 'C003';
  r6.getCell(3).value = 12.5;
  r6.getCell(3).numFmt = '0.00';
  r6.getCell(4).value = { formula: '1+1', result: 2 };
  r6.getCell(5).value = { formula: 'NOW()' }; // no cached value
  r6.getCell(6).value = '';
  r6.getCell(7).value = '合并单元格';
  ws.mergeCells('G6:I6');
  const summary = wb.addWorksheet('汇总');
  summary.addRow(['客户等级', '人数']);
  summary.addRow(['A', 1]);
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledgerlint-xlsx-'));
  mainFile = join(dir, '客户回访记录表.xlsx');
  await writeMainWorkbook(mainFile);
  mainBytes = readFileSync(mainFile);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function caught(p: Promise<unknown>): Promise<LedgerlintError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isLedgerlintError(e)) throw new Error(`expected a LedgerlintError, got ${String(e)}`);
  return e;
}

describe('serialFromExcelDate', () => {
  it('inverts exceljs for 2025-03-05 14:30 within 1e-9', () => {
    const expected = 45721 + 14.5 / 24;
    expect(serial(2025, 3, 5, 14, 30)).toBe(expected);
    expect(Math.abs(serialFromExcelDate(new Date(Date.UTC(2025, 2, 5, 14, 30)), false)! - expected)).toBeLessThan(1e-9);
    expect(serialFromExcelDate(new Date(Date.UTC(2025, 2, 5)), false)).toBe(45721);
    expect(serialFromExcelDate(new Date(Date.UTC(2025, 2, 5)), true)).toBe(45721 - 1462);
    expect(serialFromExcelDate(new Date(NaN), false)).toBeNull();
  });
});

describe('readXlsxBytes', () => {
  it('reads every worksheet in workbook order, with hidden ones marked', async () => {
    const wb = await readXlsxBytes(mainBytes, mainFile);
    expect(wb.tables.map((t) => t.sheet)).toEqual(['空白', '隐藏', '客户回访记录表', '汇总']);
    expect(wb.hiddenSheets).toEqual(['隐藏']);
    expect(wb.date1904).toBe(false);
    expect(wb.tables[0].rows).toEqual([]);
    expect(wb.engine).toBe('stream');
  });

  it('picks the first visible worksheet with data by default (hidden sheets only as a last resort)', async () => {
    const { readLedgerBytes } = await import('./read');
    expect((await readLedgerBytes(mainBytes, mainFile)).table.sheet).toBe('客户回访记录表');
    expect((await readLedgerBytes(mainBytes, mainFile, { sheet: '隐藏' })).table.rows).toEqual([['内部备注']]);
  });

  it('gives raw values, serials for dates and the number formats', async () => {
    const { tables } = await readXlsxBytes(mainBytes, mainFile);
    const t = tables[2];
    expect(t.firstRow).toBe(3);
    expect(t.firstColumn).toBe(2);
    expect(t.date1904).toBe(false);
    expect(t.rows.length).toBe(4);
    expect(t.rows.every((r) => r.length === 8)).toBe(true);
    expect(t.rows[0]).toEqual(HEADERS);

    const [r4, r5, r6] = [t.rows[1], t.rows[2], t.rows[3]];
    expect(r4.slice(0, 3)).toEqual(['C001', '张三', 'A']);
    expect(r4[3]).toBe(45721); // date only -> integer serial
    expect(Number.isInteger(r4[3])).toBe(true);
    expect(Math.abs((r4[4] as number) - (45721 + 14.5 / 24))).toBeLessThan(1e-9);
    expect(Math.abs((r4[4] as number) - serial(2025, 3, 5, 14, 30))).toBeLessThan(1e-9);
    expect(r4[5]).toBe('电话');
    expect(r4[6]).toBe('客户表示满意，已记录'); // rich text -> plain text
    expect(r4[7]).toBe('满意'); // formula -> cached result

    expect(r5[1]).toBe('李四（链接）'); // hyperlink -> its text
    expect(Math.abs((r5[3] as number) - 14.5 / 24)).toBeLessThan(1e-9); // time only
    expect(Math.abs((r5[4] as number) - (9 * 60 + 15) / 1440)).toBeLessThan(1e-9);
    expect(r5[5]).toBe('#N/A'); // error value -> its text
    expect(r5[6]).toBe(true);
    expect(Math.abs((r5[7] as number) - serial(2025, 3, 6, 14, 30))).toBeLessThan(1e-9); // date formula

    expect(r6).toEqual(['C003', 12.5, 2, null, null, '合并单元格', null, null]);

    const f = t.formats!;
    expect(f.length).toBe(4);
    expect(f[1][3]).toBe('yyyy-mm-dd');
    expect(f[1][4]).toBe('yyyy-mm-dd hh:mm');
    expect(f[2][3]).toBe('hh:mm');
    expect(f[2][4]).toBe('h:mm');
    expect(f[2][7]).toBe('yyyy-mm-dd hh:mm');
    expect(f[3][1]).toBe('0.00');
    expect(f[1][0] ?? null).toBeNull();
  });

  it('gives the same tables from the streaming and the in-memory reader', async () => {
    const stream = await readXlsxBytes(mainBytes, mainFile, { engine: 'stream' });
    const memory = await readXlsxBytes(mainBytes, mainFile, { engine: 'memory' });
    expect(stream.engine).toBe('stream');
    expect(memory.engine).toBe('memory');
    expect(stream.tables).toEqual(memory.tables);
    expect(stream.hiddenSheets).toEqual(memory.hiddenSheets);
  });

  it('never splits a Chinese character between chunks (streaming equals in-memory on 6,000 rows)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户回访记录表');
    ws.addRow(HEADERS);
    for (let i = 0; i < 6_000; i++) {
      ws.addRow([`C${i}`, `客户${i}号`, 'ABC'[i % 3], null, null, '电话', `回访内容说明第${i}条，客户表示满意（${'很'.repeat(i % 7)}）`, i % 7 ? '满意' : '不满意']);
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const stream = await readXlsxBytes(bytes, 'big.xlsx', { engine: 'stream' });
    const memory = await readXlsxBytes(bytes, 'big.xlsx', { engine: 'memory' });
    expect(stream.engine).toBe('stream');
    expect(stream.tables).toEqual(memory.tables);
    expect(JSON.stringify(stream.tables)).not.toContain('\uFFFD');
    expect(stream.tables[0].rows[6_000][6]).toBe('回访内容说明第5999条，客户表示满意（）');
    expect(stream.tables[0].rows[5_999][6]).toBe('回访内容说明第5998条，客户表示满意（很很很很很很）');
  });

  it('streams inline strings (no shared-strings part) without splitting characters', async () => {
    const path = join(dir, 'inline.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
    const ws = wb.addWorksheet('内联');
    ws.addRow(['客户编号', '客户名称', '回访内容']).commit();
    for (let i = 0; i < 20_000; i++) ws.addRow([`C${i}`, `客户${i}号`, `回访内容说明第${i}条，客户表示满意`]).commit();
    ws.commit();
    await wb.commit();
    const bytes = readFileSync(path);
    const stream = await readXlsxBytes(bytes, path, { engine: 'stream' });
    const memory = await readXlsxBytes(bytes, path, { engine: 'memory' });
    expect(stream.engine).toBe('stream');
    expect(stream.tables).toEqual(memory.tables);
    expect(JSON.stringify(stream.tables)).not.toContain('\uFFFD');
    expect(stream.tables[0].rows[20_000][2]).toBe('回访内容说明第19999条，客户表示满意');
  });

  it('reads a formula whose cached result is an error (falls back to the in-memory reader)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['客户编号', '客户名称']);
    ws.addRow(['C001', { formula: 'VLOOKUP(A2,X!A:B,2,0)', result: { error: '#N/A' } }]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const read = await readXlsxBytes(bytes, 'f.xlsx');
    expect(read.tables[0].rows[1]).toEqual(['C001', '#N/A']);
    expect(read.engine).toBe('memory');
  });

  it('respects the 1904 date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Mac');
    ws.addRow(['回访时间']);
    ws.addRow([new Date(Date.UTC(2025, 2, 5, 14, 30))]);
    ws.getCell('A2').numFmt = 'yyyy-mm-dd hh:mm';
    const path = join(dir, 'mac1904.xlsx');
    await wb.xlsx.writeFile(path);
    for (const engine of ['stream', 'memory'] as const) {
      const read = await readXlsxBytes(readFileSync(path), path, { engine });
      const t = read.tables[0];
      expect(read.date1904).toBe(true);
      expect(t.date1904).toBe(true);
      expect(Math.abs((t.rows[1][0] as number) - (45721 - 1462 + 14.5 / 24))).toBeLessThan(1e-9);
    }
  });

  it('knows the zh-CN built-in date formats stored by id only (numFmtId 31, 32, 58)', async () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: '回访',
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
            '<row r="2"><c r="A2" s="1"><v>45721</v></c><c r="B2" s="2"><v>0.604166666666667</v></c><c r="C2" s="3"><v>45721</v></c></row>',
        },
      ],
      cellXfs: [31, 32, 58],
      sharedStrings: ['回访日期', '回访时间', '月日'],
    });
    for (const engine of ['stream', 'memory'] as const) {
      const t = (await readXlsxBytes(bytes, 'zh.xlsx', { engine })).tables[0];
      expect(t.rows[1][0]).toBe(45721);
      expect(Math.abs((t.rows[1][1] as number) - 14.5 / 24)).toBeLessThan(1e-9);
      expect(t.formats![1]).toEqual(['yyyy"年"m"月"d"日"', 'h"时"mm"分"', 'm"月"d"日"']);
    }
  });

  it('reads a text under its phonetic guide (pinyin an input method stored) as the text shown', async () => {
    // As in cskefu's phonenumber_template.xlsx: 电话号码 with the guides dian'hua and hao'ma.
    const guide = (text: string, ...runs: string[]) => `<t>${text}</t>${runs.map((r, i) => `<rPh sb="${i}" eb="${i + 1}"><t>${r}</t></rPh>`).join('')}<phoneticPr fontId="1" type="noConversion"/>`;
    const bytes = rawXlsx({
      sheets: [
        {
          name: '客户',
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
            `<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is>${guide('王五', "wang'wu")}</is></c></row>`,
        },
      ],
      sharedStringItems: [guide('电话号码', "dian'hua", "hao'ma"), '<t>客户名称</t>', guide('张三', 'zhang', 'san')],
    });
    const stream = await readXlsxBytes(bytes, 'guides.xlsx', { engine: 'stream' });
    expect(stream.tables[0].rows).toEqual([['电话号码', '客户名称'], ['张三', '王五']]);
    // exceljs's in-memory reader (the fallback) reads shared strings under a guide right, but an
    // inline string with one as blank. Excel writes shared strings; an inline string with a guide
    // would come from some other program, and only then if the streaming reader refuses the file.
    const memory = await readXlsxBytes(bytes, 'guides.xlsx', { engine: 'memory' });
    expect(memory.tables[0].rows).toEqual([['电话号码', '客户名称'], ['张三', null]]);
  });

  it('gives the merged ranges of a sheet, from either reader', async () => {
    const bytes = rawXlsx({
      sheets: [
        {
          name: '回访',
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45721.5</v></c></row>' +
            '<row r="3"><c r="A3"/><c r="B3" s="1"><v>45724.5</v></c></row>',
          after: '<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="C5"/></mergeCells>',
        },
      ],
      cellXfs: [22],
      sharedStrings: ['客户编号', '回访时间', 'K001'],
    });
    for (const engine of ['stream', 'memory'] as const) {
      const t = (await readXlsxBytes(bytes, 'merged.xlsx', { engine })).tables[0];
      expect([engine, t.merges]).toEqual([engine, [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 5, left: 3, bottom: 5, right: 3 }]]);
    }
  });

  it('reads parts in any zip order (styles after the sheets and shared strings)', async () => {
    const bytes = rawXlsx({
      order: 'strings-first',
      sheets: [{ name: '回访', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" s="1"><v>45721.5</v></c></row>' }],
      cellXfs: [164],
      numFmts: [[164, 'yyyy/m/d h:mm']],
      sharedStrings: ['回访时间'],
    });
    for (const engine of ['stream', 'memory'] as const) {
      const read = await readXlsxBytes(bytes, 'order.xlsx', { engine });
      expect(read.engine).toBe(engine);
      expect(read.tables[0].rows).toEqual([['回访时间'], [45721.5]]);
      expect(read.tables[0].formats![1]).toEqual(['yyyy/m/d h:mm']);
    }
  });

  it('streams small workbooks reliably (no part skipped, 200 reads)', async () => {
    const bytes = rawXlsx({
      sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45721</v></c></row>' }],
      cellXfs: [14],
      sharedStrings: ['客户编号'],
    });
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const read = await readXlsxBytes(bytes, 's.xlsx', { engine: 'stream' });
      seen.add(`${read.engine} ${JSON.stringify(read.tables[0].rows)} ${JSON.stringify(read.tables[0].formats)}`);
    }
    expect([...seen]).toEqual(['stream [["客户编号",45721]] [[null,"mm-dd-yy"]]']);
  });

  it('reads worksheets behind absolute relationship targets (falls back to the in-memory reader)', async () => {
    const bytes = rawXlsx({
      sheets: [
        { name: '甲', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: '乙', target: '/xl/worksheets/sheet2.xml', sheetData: '<row r="2"><c r="C2"><v>2</v></c></row>' },
      ],
    });
    const read = await readXlsxBytes(bytes, 'abs.xlsx');
    expect(read.engine).toBe('memory');
    expect(read.tables.map((t) => [t.sheet, t.rows, t.firstRow, t.firstColumn])).toEqual([
      ['甲', [[1]], 1, 1],
      ['乙', [[2]], 2, 3],
    ]);
  });

  it('reports a worksheet under a part name exceljs cannot find instead of skipping it', async () => {
    const bytes = rawXlsx({
      sheets: [{ name: '甲', part: 'xl/worksheets/sheet.xml', target: 'worksheets/sheet.xml', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    });
    const e = await caught(readXlsxBytes(bytes, 'sdk.xlsx'));
    expect(e.code).toBe('xlsx-read-failed');
    expect(e.en).toContain('sdk.xlsx');
    expect(e.en).toContain('xl/worksheets/sheet.xml');
  });

  it('keeps falsy cached formula results (0, FALSE) and empties uncached ones', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['逾期天数', '已回访', '空', '未计算']);
    ws.addRow([{ formula: '1-1', result: 0 }, { formula: '1>2', result: false }, { formula: '""', result: '' }, { formula: 'NOW()' }]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const memory = await readXlsxBytes(bytes, 'z.xlsx', { engine: 'memory' });
    expect(memory.tables[0].rows[1]).toEqual([0, false, null, null]);
    const stream = await readXlsxBytes(bytes, 'z.xlsx', { engine: 'stream' });
    // exceljs's streaming reader parses a cached boolean result as a number.
    expect(stream.tables[0].rows[1]).toEqual([0, 0, null, null]);
  });

  it('decodes _xHHHH_ escapes the same way in both readers', async () => {
    const bytes = rawXlsx({
      sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }],
      sharedStrings: ['第一行_x000D_\n第二行'],
    });
    const a = await readXlsxBytes(bytes, 'esc.xlsx', { engine: 'stream' });
    const b = await readXlsxBytes(bytes, 'esc.xlsx', { engine: 'memory' });
    expect(a.tables[0].rows[0][0]).toBe('第一行\r\n第二行');
    expect(b.tables).toEqual(a.tables);
  });

  it('keeps a number too large for a date under a date format (1e15, also as a cached formula result): read as the number, written back unchanged', async () => {
    const numbers = ['1e7', '200000000', '1e15', '1.7976931348623157e308'];
    const bytes = rawXlsx({
      sheets: [
        {
          name: 'S',
          sheetData:
            `<row r="1">${numbers.map((v, k) => `<c r="${'ABCD'[k]}1" s="1"><v>${v}</v></c>`).join('')}` +
            `<c r="E1" s="1"><f>A1*1E8</f><v>1e15</v></c><c r="F1" s="1"><v>45940.99998842593</v></c></row>`,
        },
      ],
      cellXfs: [14],
    });
    for (const engine of ['stream', 'memory'] as const) {
      const t = (await readXlsxBytes(bytes, 'big.xlsx', { engine })).tables[0];
      expect(t.rows[0].slice(0, 5), engine).toEqual([1e7, 2e8, 1e15, Number.MAX_VALUE, 1e15]);
      // The policy library then reads each as a date out of range: an invalid cell, not an empty one.
      for (const v of t.rows[0].slice(0, 5)) expect(readTimeCell(v, t.formats![0][0], false), engine).toMatchObject({ precision: Precision.Invalid, error: 'date-out-of-range' });
      // 23:59:59 of 2025-10-10 as exceljs gives it (rounded to the millisecond) is 23:59 of that day.
      expect(readTimeCell(t.rows[0][5], t.formats![0][5], false)).toMatchObject({ minute: dayFromYmd(2025, 10, 10) * 1440 + 1439, precision: Precision.Minute });
    }
    // An annotation rewrites the workbook through exceljs: the numbers go back as they came, not as NaN.
    const wb = await loadInMemory(bytes, 'big.xlsx');
    const xml = unzip(Buffer.from(await wb.xlsx.writeBuffer())).get('xl/worksheets/sheet1.xml')!.toString();
    for (const v of ['10000000', '200000000', '1000000000000000', '1.7976931348623157e+308']) expect(xml).toContain(`<v>${v}</v>`);
    expect(xml).not.toContain('NaN');
  });
});

describe('readXlsxBytes errors', () => {
  function expectMessages(e: LedgerlintError, code: string, file: string): void {
    expect(e.code).toBe(code);
    expect(e.zh).toContain(file);
    expect(e.en).toContain(file);
    expect(e.zh).not.toBe(e.en);
    expect(e.en).not.toMatch(/\n\s+at /);
  }

  it('truncated zip -> corrupt-xlsx', async () => {
    const e = await caught(readXlsxBytes(mainBytes.subarray(0, Math.floor(mainBytes.length * 0.6)), 'cut.xlsx'));
    expectMessages(e, 'corrupt-xlsx', 'cut.xlsx');
  });

  it('damaged compressed data -> corrupt-xlsx, with either reader', async () => {
    const bad = Buffer.from(mainBytes);
    // Scribble over the middle of the file (compressed part data), leaving the directory intact.
    for (let i = 0; i < 64; i++) bad[Math.floor(bad.length * 0.35) + i] ^= 0x5a;
    for (const engine of ['auto', 'memory'] as const) {
      const e = await caught(readXlsxBytes(bad, 'damaged.xlsx', { engine }));
      expect(['corrupt-xlsx', 'xlsx-read-failed']).toContain(e.code);
      expect(e.zh).toContain('damaged.xlsx');
    }
  });

  it('a zip that holds no workbook -> not-a-spreadsheet; .xlsb and .ods -> unsupported-workbook', async () => {
    const { zipFiles } = await import('./testing');
    const e1 = await caught(readXlsxBytes(zipFiles([['readme.txt', 'hello']]), 'a.xlsx'));
    expectMessages(e1, 'not-a-spreadsheet', 'a.xlsx');
    const e2 = await caught(readXlsxBytes(zipFiles([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w/>']]), 'b.xlsx'));
    expectMessages(e2, 'not-a-spreadsheet', 'b.xlsx');
    expect(e2.en).toContain('Word');
    const e3 = await caught(readXlsxBytes(zipFiles([['[Content_Types].xml', '<Types/>'], ['xl/workbook.bin', 'x']]), 'c.xlsb'));
    expectMessages(e3, 'unsupported-workbook', 'c.xlsb');
    const e4 = await caught(
      readXlsxBytes(zipFiles([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<x/>']]), 'd.ods'),
    );
    expectMessages(e4, 'unsupported-workbook', 'd.ods');
  });

  it('exceljs throwing on a well-formed zip -> xlsx-read-failed, without a stack trace', async () => {
    const bytes = rawXlsx({
      sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      workbookXml: '<?xml version="1.0"?><workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"></workbook>',
    });
    const e = await caught(readXlsxBytes(bytes, 'odd.xlsx'));
    expectMessages(e, 'xlsx-read-failed', 'odd.xlsx');
    expect(String(e.params.reason).length).toBeGreaterThan(0);
  });
});
