import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLedgerlintError, type LedgerlintError } from '@ledgerlint/policy';
import { readLedger, readLedgerBytes } from './read';
import { READ_MESSAGES } from './errors';

const HEADER = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];
const ROWS = [
  ['C001', '张三', 'A', '2025-03-01 09:30', '2025-03-04 14:30', '电话', '询问使用情况，客户表示满意', '满意'],
  ['C002', '李四, 王五', 'B', '2025-03-02', '2025-03-05', '短信', '第一行\n第二行，含"引号"', '不满意'],
];

function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
const CSV = [HEADER, ...ROWS].map(csvLine).join('\r\n') + '\r\n';

let dir = '';
const path = (...parts: string[]) => join(dir, ...parts);

async function caught(p: Promise<unknown>): Promise<LedgerlintError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isLedgerlintError(e)) throw new Error(`expected a LedgerlintError, got ${String(e)}`);
  return e;
}

/** The error has the code, names the file in both languages, and carries no stack trace text. */
async function expectError(p: Promise<unknown>, code: string, file: string): Promise<LedgerlintError> {
  const e = await caught(p);
  expect(e.code).toBe(code);
  expect(e.zh.length).toBeGreaterThan(0);
  expect(e.en.length).toBeGreaterThan(0);
  expect(e.zh).toContain(basename(file));
  expect(e.en).toContain(basename(file));
  expect(e.bilingual()).not.toMatch(/\n\s+at /);
  return e;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledgerlint-read-'));
  for (const sub of ['utf8', 'bom', 'gbk', 'utf16']) mkdirSync(path(sub));
  writeFileSync(path('utf8', '客户回访记录表.csv'), CSV, 'utf8');
  writeFileSync(path('bom', '客户回访记录表.csv'), '\uFEFF' + CSV, 'utf8');
  writeFileSync(path('gbk', '客户回访记录表.csv'), iconv.encode(CSV, 'gbk'));
  const tsv = [HEADER, ...ROWS].map((r) => r.map((c) => (/[\t"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\r\n');
  writeFileSync(path('utf16', '客户回访记录表.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tsv, 'utf16le')]));

  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('封面');
  const ws = wb.addWorksheet('客户回访记录表');
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r);
  const other = wb.addWorksheet('2024年');
  other.addRow(['客户编号']);
  other.addRow(['C900']);
  await wb.xlsx.writeFile(path('台账.xlsx'));

  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  empty.addWorksheet('Sheet2');
  await empty.xlsx.writeFile(path('空白.xlsx'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('readLedger: CSV', () => {
  it('gives identical tables for UTF-8, UTF-8 with BOM and GBK', async () => {
    const utf8 = await readLedger(path('utf8', '客户回访记录表.csv'));
    const bom = await readLedger(path('bom', '客户回访记录表.csv'));
    const gbk = await readLedger(path('gbk', '客户回访记录表.csv'));
    expect([utf8.encoding, bom.encoding, gbk.encoding]).toEqual(['utf-8', 'utf-8-bom', 'gbk']);
    expect(utf8.format).toBe('csv');
    expect(utf8.table).toEqual({
      sheet: '客户回访记录表',
      rows: [HEADER, ...ROWS],
      firstRow: 1,
      firstColumn: 1,
    });
    expect(bom.table).toEqual(utf8.table);
    expect(gbk.table).toEqual(utf8.table);
    expect(utf8.tables).toEqual([utf8.table]);
  });

  it('reads UTF-16LE tab-separated "Unicode text"', async () => {
    const r = await readLedger(path('utf16', '客户回访记录表.txt'));
    expect(r.encoding).toBe('utf-16le');
    expect(r.table.rows[0]).toEqual(HEADER);
    expect(r.table.rows[2][1]).toBe('李四, 王五');
  });

  it('gives the same cells as the same ledger saved as .xlsx', async () => {
    const csv = await readLedger(path('utf8', '客户回访记录表.csv'));
    const xlsx = await readLedger(path('台账.xlsx'));
    expect(xlsx.format).toBe('xlsx');
    expect(xlsx.table.sheet).toBe('客户回访记录表');
    expect(xlsx.table.rows).toEqual([HEADER, ...ROWS]);
    expect(csv.table.rows).toEqual(xlsx.table.rows);
    expect([csv.table.firstRow, csv.table.firstColumn]).toEqual([xlsx.table.firstRow, xlsx.table.firstColumn]);
  });

  it('decides by content: a CSV saved as .xlsx is read as CSV', async () => {
    writeFileSync(path('其实是CSV.xlsx'), CSV, 'utf8');
    const r = await readLedger(path('其实是CSV.xlsx'));
    expect(r.format).toBe('csv');
    expect(r.table.sheet).toBe('其实是CSV');
    expect(r.table.rows[0]).toEqual(HEADER);
  });

  it('decides by content: an .xlsx saved as .csv is read as a workbook', async () => {
    writeFileSync(path('其实是xlsx.csv'), readFileSync(path('台账.xlsx')));
    const r = await readLedger(path('其实是xlsx.csv'));
    expect(r.format).toBe('xlsx');
    expect(r.table.sheet).toBe('客户回访记录表');
  });

  it('reads a tab-separated export named .xls', async () => {
    writeFileSync(path('导出.xls'), iconv.encode('客户编号\t客户名称\r\nC001\t张三\r\n', 'gbk'));
    const r = await readLedger(path('导出.xls'));
    expect(r.format).toBe('csv');
    expect(r.encoding).toBe('gbk');
    expect(r.table.rows).toEqual([
      ['客户编号', '客户名称'],
      ['C001', '张三'],
    ]);
  });
});

describe('readLedger: sheets', () => {
  it('takes the first worksheet with data by default, and lists all', async () => {
    const r = await readLedger(path('台账.xlsx'));
    expect(r.tables.map((t) => t.sheet)).toEqual(['封面', '客户回访记录表', '2024年']);
    expect(r.table.sheet).toBe('客户回访记录表');
  });

  it('passes over a notes sheet before the ledger', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('填表说明').addRows([['回访时间精确到分钟'], ['每月底交销售经理']]);
    wb.addWorksheet('台账').addRows([HEADER, ...ROWS]);
    const r = await readLedgerBytes(new Uint8Array(await wb.xlsx.writeBuffer()), '说明在前.xlsx');
    expect(r.table.sheet).toBe('台账');
    // A caller's own test of what a ledger is (the command line uses the profile's headers).
    expect((await readLedgerBytes(new Uint8Array(await wb.xlsx.writeBuffer()), '说明在前.xlsx', { isLedger: (t) => t.sheet === '填表说明' })).table.sheet).toBe('填表说明');
    const none = new ExcelJS.Workbook();
    none.addWorksheet('封面').addRows([['2025年客户回访台账']]);
    none.addWorksheet('统计').addRows([['月份', '次数'], ['1月', 30]]);
    // None is a ledger: the first visible one with data, as before (the check says what it misses).
    expect((await readLedgerBytes(new Uint8Array(await none.xlsx.writeBuffer()), '无台账.xlsx')).table.sheet).toBe('封面');
  });

  it('selects a sheet by name (exactly, else ignoring case and spaces)', async () => {
    expect((await readLedger(path('台账.xlsx'), { sheet: '2024年' })).table.rows).toEqual([['客户编号'], ['C900']]);
    expect((await readLedger(path('台账.xlsx'), { sheet: ' 2024年 ' })).table.sheet).toBe('2024年');
  });

  it('sheet not found lists the sheets', async () => {
    const e = await expectError(readLedger(path('台账.xlsx'), { sheet: '2023年' }), 'sheet-not-found', '台账.xlsx');
    for (const name of ['封面', '客户回访记录表', '2024年']) {
      expect(e.zh).toContain(name);
      expect(e.en).toContain(name);
    }
    expect(e.zh).toContain('2023年');
  });

  it('an empty sheet asked for by name -> sheet-empty', async () => {
    await expectError(readLedger(path('台账.xlsx'), { sheet: '封面' }), 'sheet-empty', '台账.xlsx');
  });

  it('a workbook without data -> no-data', async () => {
    await expectError(readLedger(path('空白.xlsx')), 'no-data', '空白.xlsx');
  });

  it('works from bytes in memory', async () => {
    const r = await readLedgerBytes(readFileSync(path('台账.xlsx')), '台账.xlsx', { sheet: '2024年' });
    expect(r.table.sheet).toBe('2024年');
    const c = await readLedgerBytes(new TextEncoder().encode('a,b\n1,2\n'), 'uploads/回访.csv');
    expect(c.table.sheet).toBe('回访');
  });
});

describe('readLedger: bad inputs', () => {
  it('file not found', async () => {
    await expectError(readLedger(path('没有这个文件.xlsx')), 'file-not-found', '没有这个文件.xlsx');
  });

  it('a directory -> not-a-file, saying it is a folder', async () => {
    const e = await expectError(readLedger(path('utf8')), 'not-a-file', 'utf8');
    expect(e.zh).toContain('而是文件夹');
    expect(e.en).toContain('but a folder');
  });

  it('an empty file', async () => {
    writeFileSync(path('零字节.xlsx'), '');
    await expectError(readLedger(path('零字节.xlsx')), 'empty-file', '零字节.xlsx');
  });

  it('HTML saved as .xlsx or .xls -> not-a-spreadsheet', async () => {
    writeFileSync(path('网页.xlsx'), '<!DOCTYPE html><html><body><table><tr><td>客户编号</td></tr></table></body></html>');
    const e = await expectError(readLedger(path('网页.xlsx')), 'not-a-spreadsheet', '网页.xlsx');
    expect(e.params.detected).toBe('HTML');
    writeFileSync(path('导出.html.xls'), '\uFEFF  <html xmlns:o="urn:schemas-microsoft-com:office:office"><table></table></html>');
    await expectError(readLedger(path('导出.html.xls')), 'not-a-spreadsheet', '导出.html.xls');
    writeFileSync(path('表.xml.xls'), '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>');
    const x = await expectError(readLedger(path('表.xml.xls')), 'not-a-spreadsheet', '表.xml.xls');
    expect(x.params.detected).toBe('XML');
  });

  it('plain text that is no table, saved as .xlsx -> not-a-spreadsheet', async () => {
    writeFileSync(path('说明.xlsx'), '这是一段说明文字\n没有任何表格\n');
    const e = await expectError(readLedger(path('说明.xlsx')), 'not-a-spreadsheet', '说明.xlsx');
    expect(e.params.detected).toBe('TXT');
  });

  it('a PDF -> not-a-spreadsheet', async () => {
    writeFileSync(path('制度.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3])]));
    await expectError(readLedger(path('制度.pdf')), 'not-a-spreadsheet', '制度.pdf');
  });

  it('legacy .xls (BIFF in OLE2) -> legacy-xls, saying to save as .xlsx or .csv', async () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from('Workbook', 'utf16le').copy(ole, 1024);
    writeFileSync(path('旧台账.xls'), ole);
    const e = await expectError(readLedger(path('旧台账.xls')), 'legacy-xls', '旧台账.xls');
    expect(e.zh).toContain('.xlsx');
    expect(e.zh).toContain('.csv');
    expect(e.en).toContain('.xlsx');
    expect(e.en).toContain('.csv');
  });

  it('a password-protected .xlsx (OLE2 EncryptedPackage) -> encrypted-xlsx', async () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    writeFileSync(path('加密.xlsx'), ole);
    await expectError(readLedger(path('加密.xlsx')), 'encrypted-xlsx', '加密.xlsx');
  });

  it('a truncated .xlsx -> corrupt-xlsx', async () => {
    const good = readFileSync(path('台账.xlsx'));
    writeFileSync(path('截断.xlsx'), good.subarray(0, good.length - 300));
    await expectError(readLedger(path('截断.xlsx')), 'corrupt-xlsx', '截断.xlsx');
    writeFileSync(path('半截.xlsx'), good.subarray(0, 100));
    await expectError(readLedger(path('半截.xlsx')), 'corrupt-xlsx', '半截.xlsx');
  });

  it('binary junk -> binary-file', async () => {
    const junk = Buffer.alloc(1000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    writeFileSync(path('乱码.csv'), junk);
    await expectError(readLedger(path('乱码.csv')), 'binary-file', '乱码.csv');
  });

  it('an unclosed quote -> csv-unterminated-quote with the line', async () => {
    writeFileSync(path('引号.csv'), '客户编号,回访内容\nC001,"没有闭合\nC002,正常\n');
    const e = await expectError(readLedger(path('引号.csv')), 'csv-unterminated-quote', '引号.csv');
    expect(e.params.line).toBe(2);
  });

  it('a CSV with nothing in it -> no-data', async () => {
    writeFileSync(path('空.csv'), '\r\n,,\r\n');
    await expectError(readLedger(path('空.csv')), 'no-data', '空.csv');
  });

  it('has zh and en text for every code', () => {
    for (const [code, entry] of Object.entries(READ_MESSAGES)) {
      expect(entry.zh, code).toMatch(/\{file\}/);
      expect(entry.en, code).toMatch(/\{file\}/);
    }
  });
});
