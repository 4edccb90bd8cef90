// Hostile and messy ledger files through the command line: zip bombs, sheets at Excel's limits
// (1,048,576 rows, 16,384 columns, 32,767-character cells), a used range stretched by one stray
// cell, a header under a merged title block, merged and duplicate headers, several sheets, and
// Excel error values where the customer should be. Each ends in a correct result or a clear zh/en
// message with exit 2, in bounded time and memory, never a stack trace. Every file is generated
// here into a temporary folder; nothing big is committed.
import { rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTable, MAX_TABLE_CELLS } from '../packages/xlsx/src/grid';
import { crc32, rawXlsx, zipEntries, type RawZipEntry } from '../packages/xlsx/src/testing';
import { MAX_XLSX_UNCOMPRESSED_BYTES } from '../packages/xlsx/src/xlsx';
import { cli, requireFromXlsx, tempDir, writeCsv } from './helpers';

const ExcelJS = requireFromXlsx('exceljs');
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MiB = 2 ** 20;
const talk = '介绍新车型配置和价格，客户周末再来试驾';

/** Exit 2, both languages, the pattern in the message, no stack trace, nothing on stdout. */
function refused(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^错误：/);
  expect(r.stderr).toMatch(/\nError: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|内部错误|Internal error/);
}

/** Run the command line, measuring wall time and how far the resident set grew. */
async function measured(...argv: string[]) {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  try {
    const r = await cli(...argv);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ...r, ms: performance.now() - t0, grewMiB: (peak - rss0) / MiB };
  } finally {
    clearInterval(timer);
  }
}

function save(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

// ---------------------------------------------------------------------------------------------
// Zip bombs.

/**
 * A raw deflate stream of `mib` MiB of zeros, about 1 KB per MiB: one compressed MiB, flushed to
 * a byte boundary without ending the stream, repeated, then an empty final block.
 */
function zeroBomb(mib: number): { packed: Buffer; crc: number; size: number } {
  const block = Buffer.alloc(MiB);
  const chunk = zlib.deflateRawSync(block, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const packed = Buffer.concat([...Array.from({ length: mib }, () => chunk), zlib.deflateRawSync(Buffer.alloc(0))]);
  const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  const blockCrc = (prev: number) => (native ? native(block, prev) : crc32(block, prev));
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = blockCrc(crc);
  return { packed, crc, size: mib * MiB };
}

/** A small valid ledger workbook with extra parts added after its own. */
function ledgerWith(extra: RawZipEntry[]): Buffer {
  return rawXlsx({
    sheets: [{ name: '回访记录', sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>45721.5</v></c></row>' }],
    sharedStrings: ['客户编号', '回访时间', 'K1'],
    extraEntries: extra,
  });
}

describe('zip bombs', () => {
  it('the bomb construction really inflates: 3 MiB of zeros from about 3 KB', () => {
    const small = zeroBomb(3);
    expect(small.packed.length).toBeLessThan(8 * 1024);
    const out = zlib.inflateRawSync(small.packed);
    expect(out.length).toBe(3 * MiB);
    expect(crc32(out)).toBe(small.crc);
  });

  it('a 1 MB .xlsx whose parts inflate to 1,200 MiB is refused before inflating (exit 2, both languages), with check and with annotate', async () => {
    // Two parts of 600 MiB: each alone is under the limit, together they are over it.
    const bomb = zeroBomb(600);
    const file = save('bomb.xlsx', ledgerWith([
      { name: 'xl/media/image1.png', ...bomb },
      { name: 'xl/media/image2.png', ...bomb },
    ]));
    expect(statSync(file).size).toBeLessThan(2 * MiB);
    expect(MAX_XLSX_UNCOMPRESSED_BYTES).toBe(1024 * MiB);
    for (const command of ['check', 'annotate']) {
      const r = await measured(command, file, '--profile', '002-1', '--as-of', '2025-03-10');
      refused(r, /压缩炸弹[\s\S]*1,024 MiB[\s\S]*zip bomb/);
      expect(r.stderr).toContain('1,201 MiB');
      expect(r.ms, `${command}: ${r.ms.toFixed(0)} ms`).toBeLessThan(3000);
      expect(r.grewMiB, `${command}: grew ${r.grewMiB.toFixed(0)} MiB`).toBeLessThan(200);
    }
  });

  it('a part whose header understates its size stops inflating at the declared size: corrupt-xlsx, fast and small', async () => {
    // Declares 1 KiB, inflates to 2 GiB.
    const bomb = zeroBomb(2048);
    const file = save('liar.xlsx', ledgerWith([{ name: 'xl/media/image1.png', packed: bomb.packed, crc: bomb.crc, size: 1024 }]));
    const r = await measured('check', file, '--profile', '002-1', '--as-of', '2025-03-10');
    refused(r, /已损坏或不完整[\s\S]*corrupt or incomplete/);
    expect(r.ms, `${r.ms.toFixed(0)} ms`).toBeLessThan(3000);
    expect(r.grewMiB, `grew ${r.grewMiB.toFixed(0)} MiB`).toBeLessThan(200);
  });

  it('a ZIP64 archive (whose sizes would go unchecked) is refused as unsupported', async () => {
    const bytes = ledgerWith([]);
    // Mark the end record as ZIP64: 0xffff entries.
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(0xffff, eocd + 8);
    bytes.writeUInt16LE(0xffff, eocd + 10);
    refused(await cli('check', save('zip64.xlsx', bytes), '--profile', '002-1'), /ZIP64/);
  });

  it('a text ledger over 256 MiB is refused before decoding', async () => {
    const path = join(dir, 'huge.csv');
    writeFileSync(path, '');
    // A sparse file: 257 MiB of zeros costs no disk; the size is checked before decoding.
    truncateSync(path, 257 * MiB);
    refused(await cli('check', path, '--profile', '002-1'), /256 MiB/);
  });

  it('a CSV record of more fields than Excel has columns (200 MB of commas) is refused at its line, quickly', async () => {
    const path = join(dir, 'commas.csv');
    writeFileSync(path, `客户编号,回访时间\nK1,2025-03-05 10:00\n${','.repeat(200 * MiB)}\n`);
    const r = await measured('check', path, '--profile', '002-1');
    refused(r, /第 3 行有超过 16,384 个字段[\s\S]*more than 16,384 fields on line 3/);
    expect(r.ms, `${r.ms.toFixed(0)} ms`).toBeLessThan(5000);
  });
});

// ---------------------------------------------------------------------------------------------
// Sheets at Excel's limits, written as raw XML (exceljs would take minutes to write them).

/** Shared strings and styles of the generated ledgers: style 1 is a date-time format. */
const STRINGS = ['客户编号', '回访时间', '回访内容', '客户等级', 'B', talk];
const s = (text: string) => STRINGS.indexOf(text);

describe("sheets at Excel's limits", () => {
  it('1,048,576 rows: every record is read and checked (exit 0/1), in bounded time and memory', async () => {
    const ROWS = 1_048_576;
    const parts: string[] = new Array(ROWS);
    parts[0] = `<row r="1"><c r="A1" t="s"><v>${s('客户编号')}</v></c><c r="B1" t="s"><v>${s('回访时间')}</v></c></row>`;
    // 50,000 customers, each contacted about every 2.4 days over 2025 (serial 45658 = 2025-01-01).
    for (let r = 2; r <= ROWS; r++) parts[r - 1] = `<row r="${r}"><c r="A${r}"><v>${10000 + (r % 50000)}</v></c><c r="B${r}" s="1"><v>${45658 + Math.floor(r / 4000)}.625</v></c></row>`;
    const t0 = performance.now();
    const file = save('full-height.xlsx', rawXlsx({ sheets: [{ name: '回访记录', sheetData: parts.join('') }], sharedStrings: STRINGS, cellXfs: [22], level: 1 }));
    const made = performance.now() - t0;
    parts.length = 0;
    const r = await measured('check', file, '--profile', '002-1', '--as-of', '2025-12-31', '--format', 'json');
    console.info(`1,048,576 rows: generated in ${made.toFixed(0)} ms (${(statSync(file).size / MiB).toFixed(1)} MiB), checked in ${r.ms.toFixed(0)} ms, RSS grew ${r.grewMiB.toFixed(0)} MiB`);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.summary.records).toBe(ROWS - 1);
    expect(report.summary.customers).toBe(50_000);
    expect(report.findings.filter((f: { status: string }) => f.status === 'invalid')).toEqual([]);
    expect(r.ms).toBeLessThan(120_000);
    expect(r.grewMiB).toBeLessThan(3000);
    // Annotating this sheet takes the streaming path (the in-memory writer would need more than the
    // default heap): minutes here, so it is measured by `pnpm bench` (annotate, streaming), and the
    // path is tested on 200,000 rows under a small heap in test/annotate-large.test.ts.
  }, 180_000);

  it('16,384 columns: the ledger in the first columns is checked; annotate says there is no room to its right', async () => {
    const COLS = 16_384;
    const letter = (c: number) => {
      let out = '';
      for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
      return out;
    };
    const row = (r: number, cells: (c: number) => string) => {
      const out = [`<row r="${r}">`];
      for (let c = 1; c <= COLS; c++) out.push(`<c r="${letter(c)}${r}"${cells(c)}</c>`);
      out.push('</row>');
      return out.join('');
    };
    const sheet = [
      row(1, (c) => (c === 1 ? ` t="s"><v>${s('客户编号')}</v>` : c === 2 ? ` t="s"><v>${s('回访时间')}</v>` : ` t="inlineStr"><is><t>备注${c}</t></is>`)),
      ...Array.from({ length: 20 }, (_, k) => row(k + 2, (c) => (c === 1 ? `><v>${100 + k}</v>` : c === 2 ? ` s="1"><v>${45720 + k}.5</v>` : `><v>${c}</v>`))),
    ].join('');
    expect(letter(COLS)).toBe('XFD');
    const file = save('wide.xlsx', rawXlsx({ sheets: [{ name: '回访记录', sheetData: sheet }], sharedStrings: STRINGS, cellXfs: [22], level: 1 }));
    const r = await measured('check', file, '--profile', '002-1', '--as-of', '2025-03-20', '--format', 'json');
    console.info(`16,384 columns x 21 rows: checked in ${r.ms.toFixed(0)} ms, RSS grew ${r.grewMiB.toFixed(0)} MiB`);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).summary.records).toBe(20);
    expect(r.ms).toBeLessThan(60_000);
    const a = await cli('annotate', file, '--profile', '002-1', '--as-of', '2025-03-20', '-o', join(dir, 'wide.checked.xlsx'));
    refused(a, /最后一列（XFD[\s\S]*last column \(XFD/);
  }, 120_000);

  it('32,767-character cells (the Excel maximum) in content, name and title are read whole and checked quickly', async () => {
    const long = (seed: string) => seed.repeat(Math.ceil(32767 / seed.length)).slice(0, 32767);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('回访记录');
    ws.addRow([long('客户回访记录表 ')]);
    ws.addRow(['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果']);
    for (let k = 0; k < 300; k++) {
      ws.addRow([`K${k % 50}`, long(k % 2 ? '张' : ' 伟 '), 'B', '2025-03-01 10:00', `2025-03-${String(2 + (k % 20)).padStart(2, '0')} 10:${String(k % 60).padStart(2, '0')}`, '电话', long(k % 3 ? talk : '( '), '已接通']);
    }
    const file = join(dir, 'long-cells.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await measured('check', file, '--profile', '002-1', '--as-of', '2025-03-25', '--format', 'json');
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.summary.records).toBe(300);
    expect(report.findings.filter((f: { status: string }) => f.status === 'invalid')).toEqual([]);
    // Messages quote at most 40 characters of a cell, so 32,767-character cells do not bloat the output.
    expect(r.stdout.length).toBeLessThan(2 * MiB);
    expect(r.ms, `${r.ms.toFixed(0)} ms`).toBeLessThan(20_000);
  }, 60_000);

  it('one stray cell at XFD1048576 in a 2 KB file is refused (sheet-too-large, naming the range), and --sheet reaches the real ledger', async () => {
    const stray = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" s="1"><v>45721.5</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
    const ledger = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" s="1"><v>45721.5</v></c></row>';
    const file = save('stray.xlsx', rawXlsx({ sheets: [{ name: '草稿', sheetData: stray }, { name: '台账', sheetData: ledger }], sharedStrings: STRINGS, cellXfs: [22] }));
    expect(statSync(file).size).toBeLessThan(4096);
    expect(MAX_TABLE_CELLS).toBe(1_048_576 * 32);
    const r = await measured('check', file, '--profile', '002-1', '--as-of', '2025-03-10');
    refused(r, /草稿[\s\S]*A1:XFD1048576[\s\S]*17,179,869,184[\s\S]*--sheet/);
    expect(r.ms).toBeLessThan(5000);
    expect(r.grewMiB).toBeLessThan(300);
    const ok = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10', '--sheet', '台账', '--format', 'json');
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout).summary.records).toBe(1);
    refused(await cli('annotate', file, '--profile', '002-1', '--as-of', '2025-03-10'), /A1:XFD1048576/);
  });

  it('a sheet too big for the heap is refused before it is checked, naming the rows, columns and NODE_OPTIONS (no out-of-memory crash)', () => {
    const entries = Array.from({ length: 1000 }, (_, k) => ({ row: k + 1, values: Array.from({ length: 12 }, (_, c) => `r${k}c${c}`) }));
    // 12,000 cells need about 5.4 MB by the measured 450 bytes a cell: a 4 MB heap is too small.
    let e: unknown;
    try {
      buildTable('台账', entries, { withFormats: false, file: 'big.xlsx', heapBytes: 4 * MiB });
    } catch (thrown) {
      e = thrown;
    }
    expect(e).toMatchObject({ code: 'sheet-too-large-for-memory' });
    expect((e as Error).message).toMatch(/台账[\s\S]*1,000[\s\S]*12[\s\S]*NODE_OPTIONS=--max-old-space-size=/);
    expect(buildTable('台账', entries, { withFormats: false, heapBytes: 64 * MiB }).rows).toHaveLength(1000);
  });
});

// ---------------------------------------------------------------------------------------------
// Messy sheets, as clerks lay them out.

const HEADER = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];
const ROWS = [
  ['K1', '张伟', 'H', '2025-03-01 10:00', '2025-03-01 15:00', '电话', talk, '已接通'],
  ['K2', '李娜', 'B', '2025-03-02 10:00', '2025-03-02 16:00', '电话', talk, '已接通'],
  ['K1', '张伟', 'H', null, '2025-03-04 11:00', '电话', talk, '已接通'],
];

async function workbook(name: string, build: (wb: any) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function checkJson(file: string, ...extra: string[]) {
  const r = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10', '--format', 'json', ...extra);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return JSON.parse(r.stdout) as { summary: { records: number; customers: number }; findings: { ruleId: string; status: string; customer: string | null; row: number | null; column?: string; columnLetter?: string; code: string; message: { zh: string; en: string } }[] };
}

/** The findings of a report as [rule, status, customer, row], to compare layouts. */
const facts = (report: Awaited<ReturnType<typeof checkJson>>, rowShift = 0) => report.findings.map((f) => [f.ruleId, f.status, f.customer, f.row === null ? null : f.row - rowShift].join(' ')).sort();

/** The findings of the same ledger laid out plainly (header in row 1), computed once. */
let plainFacts: Promise<string[]> | undefined;
const plain = () => (plainFacts ??= workbook('plain.xlsx', (wb) => wb.addWorksheet('回访').addRows([HEADER, ...ROWS])).then(checkJson).then((r) => facts(r)));

describe('messy sheets', () => {
  it('a header at row 5 under a merged title block and a note row gives the findings of the plain ledger, rows shifted by 4', async () => {
    const titled = await checkJson(await workbook('titled.xlsx', (wb) => {
      const ws = wb.addWorksheet('回访');
      ws.getCell('A1').value = 'XX汽车销售服务有限公司 意向客户回访记录表';
      ws.mergeCells('A1:H2');
      ws.getCell('A3').value = '制表人：王芳';
      ws.getCell('F3').value = '2025年3月';
      ws.addRow([]);
      ws.getRow(5).values = HEADER;
      ROWS.forEach((r, k) => (ws.getRow(6 + k).values = r));
    }));
    expect(titled.summary.records).toBe(3);
    expect(facts(titled, 4)).toEqual(await plain());
    expect(Math.min(...titled.findings.flatMap((f) => (f.row === null ? [] : [f.row])))).toBeGreaterThanOrEqual(6);
  });

  it('merged header cells: a group row above the header, and headers merged down over two rows', async () => {
    // 客户信息 over A-C and 回访情况 over D-H, the column names in row 2.
    const grouped = await checkJson(await workbook('grouped.xlsx', (wb) => {
      const ws = wb.addWorksheet('回访');
      ws.getCell('A1').value = '客户信息';
      ws.mergeCells('A1:C1');
      ws.getCell('D1').value = '回访情况';
      ws.mergeCells('D1:H1');
      ws.getRow(2).values = HEADER;
      ROWS.forEach((r, k) => (ws.getRow(3 + k).values = r));
    }));
    expect(facts(grouped, 1)).toEqual(await plain());
    // 客户编号, 客户名称, 客户等级, 接待时间 merged down over rows 1-2; 回访情况 over E1:H1 with its
    // column names in row 2. The merged cells hold their text in row 1 only, as in Excel.
    const twoRow = await checkJson(await workbook('two-row.xlsx', (wb) => {
      const ws = wb.addWorksheet('回访');
      HEADER.slice(0, 4).forEach((h, k) => {
        ws.getCell(1, k + 1).value = h;
        ws.mergeCells(1, k + 1, 2, k + 1);
      });
      ws.getCell('E1').value = '回访情况';
      ws.mergeCells('E1:H1');
      HEADER.slice(4).forEach((h, k) => (ws.getCell(2, k + 5).value = h));
      ROWS.forEach((r, k) => (ws.getRow(3 + k).values = r));
    }));
    expect(twoRow.summary.records).toBe(3);
    expect(facts(twoRow, 1)).toEqual(await plain());
  });

  it('two 回访时间 columns are refused, naming both columns and --column; choosing one with --column checks it', async () => {
    const header = [...HEADER.slice(0, 5), '备注', '回访时间', ...HEADER.slice(5)];
    const file = await workbook('dup.xlsx', (wb) => {
      const ws = wb.addWorksheet('回访');
      ws.addRow(header);
      for (const r of ROWS) ws.addRow([...r.slice(0, 5), '', '2025-03-09 10:00', ...r.slice(5)]);
    });
    refused(await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10'), /两列表头都是「回访时间」（E 列和 G 列）[\s\S]*--column contactAt=E（或 =G）[\s\S]*two columns headed "回访时间" \(columns E and G\)/);
    const second = await checkJson(file, '--column', 'contactAt=G');
    const first = await checkJson(file, '--column', 'contactAt=E');
    // The second column has every contact on 2025-03-09: K1 (H, every 3 days) is not overdue by 03-10.
    const overdue = (r: typeof first) => r.findings.filter((f) => f.ruleId === '002-1-3-H-3d' && f.status === 'overdue').map((f) => f.customer);
    expect(overdue(first)).toEqual(['K1']);
    expect(overdue(second)).toEqual([]);
  });

  it('several sheets: the ledger is found behind a cover and a notes sheet; --sheet picks another; none fits -> the sheets are listed', async () => {
    const file = await workbook('sheets.xlsx', (wb) => {
      wb.addWorksheet('封面').addRows([['XX汽车 2025年客户回访台账'], ['销售部']]);
      wb.addWorksheet('填表说明').addRows([['1. 回访时间精确到分钟'], ['2. 回访内容写清楚'], ['3. 每月底交销售经理签阅']]);
      wb.addWorksheet('2025年').addRows([HEADER, ...ROWS]);
      wb.addWorksheet('2024年').addRows([HEADER, ['K9', '赵六', 'C', '2024-11-01 10:00', '2024-11-02 10:00', '电话', talk, '已接通']]);
    });
    const found = await checkJson(file);
    expect(found.summary.records).toBe(3);
    expect((await checkJson(file, '--sheet', '2024年')).summary.records).toBe(1);
    const annotated = await cli('annotate', file, '--profile', '002-1', '--as-of', '2025-03-10', '-o', join(dir, 'sheets.checked.xlsx'));
    expect(annotated.stderr).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'sheets.checked.xlsx'));
    expect(wb.getWorksheet('2025年').getCell('I1').value).toMatch(/^回访状态/);

    const none = await workbook('no-ledger.xlsx', (wb) => {
      wb.addWorksheet('封面').addRows([['XX汽车 2025年客户回访台账']]);
      wb.addWorksheet('统计').addRows([['月份', '次数'], ['1月', 30]]);
    });
    for (const command of ['check', 'annotate']) {
      refused(await cli(command, none, '--profile', '002-1', '-o', join(dir, 'none.checked.xlsx')), /没有哪个工作表能作为台账检查。现有工作表：封面, 统计[\s\S]*--sheet[\s\S]*找不到表头行[\s\S]*Sheets: 封面, 统计/);
    }
  });

  it('#N/A and other Excel errors in the customer column are one invalid finding each, at their row and column, never a customer', async () => {
    const file = await workbook('na.xlsx', (wb) => {
      const ws = wb.addWorksheet('回访');
      ws.addRow(HEADER);
      ws.addRow(ROWS[0]);
      ws.addRow([{ formula: 'VLOOKUP(B3,客户!A:B,2,0)', result: { error: '#N/A' } }, ...ROWS[1].slice(1)]);
      ws.addRow([{ error: '#REF!' }, null, ...ROWS[2].slice(2)]);
      ws.addRow(['K3', { error: '#N/A' }, ...ROWS[2].slice(2)]);
    });
    const report = await checkJson(file);
    expect(report.findings.some((f) => f.customer !== null && f.customer.startsWith('#'))).toBe(false);
    // K1, 李娜 (the name stands in for the unreadable number), K3.
    expect(report.summary.customers).toBe(3);
    const invalid = report.findings.filter((f) => f.status === 'invalid').map((f) => [f.row, f.columnLetter, f.column, f.customer]);
    expect(invalid).toEqual([
      [3, 'A', '客户编号', '李娜'],
      [4, 'A', '客户编号', null],
      [5, 'B', '客户名称', 'K3'],
    ]);
    const message = report.findings.find((f) => f.status === 'invalid')!.message;
    expect(message.zh).toContain('是 Excel 错误值');
    expect(message.zh).toContain('应为客户编号或客户名称');
    expect(message.en).toContain('is an Excel error value');
  });
});

describe('time and number edges in .xlsx cells', () => {
  it('23:59:59 is 23:59 of its day (as in the CSV), and 1e15 under a date format is an invalid cell like 1e7', async () => {
    const lastSecond = 45720 + 86399 / 86400; // 2025-03-04 23:59:59, as Excel stores it
    const rows = (contact: number | string) => [HEADER, ROWS[0], ['K1', '张伟', 'H', null, contact, '电话', talk, '已接通'], ['K2', '李娜', 'B', 1e7, 1e15, '电话', talk, '已接通']];
    const file = await workbook('edges.xlsx', (wb) => {
      const ws = wb.addWorksheet('回访');
      ws.addRows(rows(lastSecond));
      for (const cell of ['E3', 'D4', 'E4']) ws.getCell(cell).numFmt = 'yyyy-mm-dd hh:mm:ss';
    });
    const report = await checkJson(file);
    const invalid = report.findings.filter((f) => f.status === 'invalid').map((f) => [f.row, f.columnLetter, f.message.en]);
    expect(invalid).toEqual([
      [4, 'D', 'Row 4, "接待时间" (column D): "10000000" is out of the date range; expected a date.'],
      [4, 'E', 'Row 4, "回访时间" (column E): "1000000000000000" is out of the date range; expected a date.'],
    ]);
    // Read as the next day without a time, the call escaped the rest hours and moved the clock a day.
    const k1 = report.findings.filter((f) => f.customer === 'K1').map((f) => f.message.en);
    expect(k1).toContain('"Avoid calling in the customer\'s rest hours": the call at 23:59 fell in rest hours (21:00-08:00).');
    expect(k1.join('\n')).toContain('last successful contact 2025-03-04, next due by 2025-03-07');
    // The same ledger typed as CSV text gives the same findings.
    const text = (v: string | number | null) => (v === null ? null : String(v === lastSecond ? '2025-03-04 23:59:59' : v));
    expect(facts(report)).toEqual(facts(await checkJson(writeCsv(dir, 'edges.csv', rows(lastSecond).map((r) => r.map(text))))));
  });
});

describe('cells longer than Excel allows (32,767 characters)', () => {
  const long = (n: number) => '很长的备注'.repeat(Math.ceil(n / 5)).slice(0, n);

  it('a 400,000-character header cell in an .xlsx: check reports it as an invalid cell (quoted short); annotate refuses, naming sheet and cell, and writes nothing', async () => {
    const header = [...HEADER, long(400_000)];
    const cells = (r: number, row: (string | null)[]) => row.map((v, k) => (v === null ? '' : `<c r="${'ABCDEFGHI'[k]}${r}" t="inlineStr"><is><t>${v}</t></is></c>`)).join('');
    const file = save(
      'long-header.xlsx',
      rawXlsx({ sheets: [{ name: '回访记录', sheetData: [header, ...ROWS].map((row, i) => `<row r="${i + 1}">${cells(i + 1, row)}</row>`).join('') }] }),
    );
    const r = await cli('check', file, '--profile', '002-1', '--as-of', '2025-03-10', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(100_000);
    const invalid = JSON.parse(r.stdout).findings.filter((f: { status: string }) => f.status === 'invalid');
    expect(invalid.map((f: { row: number; columnLetter: string; customer: string | null }) => [f.row, f.columnLetter, f.customer])).toEqual([[1, 'I', null]]);
    expect(invalid[0].message.zh).toBe(`第 1 行「${long(40)}…」（I 列）：“${long(40)}…” 有 400,000 个字符，超过 Excel 单元格的上限 32,767 个，应为不超过 32,767 个字符的文本（Excel 会截断更长的单元格，或打不开含有它的文件）。`);
    expect(invalid[0].message.en).toContain("holds 400,000 characters, more than an Excel cell's limit of 32,767");
    const out = join(dir, 'long-header.checked.xlsx');
    for (const inPlace of [false, true]) {
      refused(await cli('annotate', file, '--profile', '002-1', '--as-of', '2025-03-10', ...(inPlace ? ['--in-place'] : ['-o', out])), /不能标注：工作表「回访记录」的 I1 单元格有 400,000 个字符[\s\S]*Cannot annotate: cell I1 of sheet "回访记录" holds 400,000 characters/);
    }
    expect(() => statSync(out)).toThrow();
  });

  it('a CSV (which has no limit) with a 40,000-character remark: checked, the cell invalid at its row; annotate refuses instead of writing a workbook Excel cannot open', async () => {
    const csv = writeCsv(dir, 'long-remark.csv', [[...HEADER, '备注'], ...ROWS.map((row, k) => [...row, k === 1 ? long(40_000) : '无'])]);
    const r = await cli('check', csv, '--profile', '002-1', '--as-of', '2025-03-10', '--format', 'json');
    expect(r.stderr).toBe('');
    const invalid = JSON.parse(r.stdout).findings.filter((f: { status: string }) => f.status === 'invalid');
    expect(invalid.map((f: { row: number; column: string; columnLetter: string; customer: string }) => [f.row, f.column, f.columnLetter, f.customer])).toEqual([[3, '备注', 'I', 'K2']]);
    refused(await cli('annotate', csv, '--profile', '002-1', '--as-of', '2025-03-10'), /不能标注：工作表「long-remark」的 I3 单元格有 40,000 个字符[\s\S]*Cannot annotate: cell I3/);
    expect(() => statSync(join(dir, 'long-remark.checked.xlsx'))).toThrow();
    // Without the long cell, the same ledger annotates.
    const fine = writeCsv(dir, 'short-remark.csv', [[...HEADER, '备注'], ...ROWS.map((row) => [...row, long(32_767)])]);
    expect((await cli('annotate', fine, '--profile', '002-1', '--as-of', '2025-03-10', '-q')).stderr).toBe('');
  });

  it('an error message listing the headers quotes at most 40 characters of each (no 400,000-character message)', async () => {
    const csv = writeCsv(dir, 'long-no-customer.csv', [['回访时间', '回访内容', long(400_000)], ['2025-03-01 10:00', talk, '']]);
    const r = await cli('check', csv, '--profile', '002-1');
    refused(r, /回访时间, 回访内容, 很长的备注/);
    expect(r.stderr.length).toBeLessThan(2_000);
  });
});

describe('formula and CSV injection', () => {
  it('a CSV whose cells start with = + - @ TAB CR becomes a workbook of text cells, never formulas; no command writes CSV', async () => {
    const tricks = ['=HYPERLINK("http://example.com/x","点我")', '+86 138 0000 0001', '-1+1', '@SUM(1,1)', '\t=1+1', '\r=1+1', '=cmd|\' /C calc\'!A0'];
    const rows: (string | null)[][] = [HEADER, ...tricks.map((t, k) => [`K${k}`, t, 'H', '2025-03-01 10:00', '2025-03-01 15:00', '电话', t, '已接通'])];
    const csv = join(dir, 'tricks.csv');
    writeFileSync(csv, rows.map((r) => r.map((v) => `"${(v ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n'));
    const out = join(dir, 'tricks.checked.xlsx');
    const r = await cli('annotate', csv, '--profile', '002-1', '--as-of', '2025-03-10', '-o', out);
    expect(r.stderr).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const formulas: string[] = [];
    for (const sheet of wb.worksheets) sheet.eachRow((row: any) => row.eachCell((cell: any) => cell.type === ExcelJS.ValueType.Formula && formulas.push(`${sheet.name}!${cell.address} ${cell.formula}`)));
    // The only formula cells are our own links on the 待回访 sheet, each to a row of the ledger by
    // number; the clerk's texts (on every sheet, 待回访 too) stay text.
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^待回访!H\d+ HYPERLINK\("#'tricks'!A\d+","第 \d+ 行"\)$/);
    tricks.forEach((t, k) => {
      expect(ws.getCell(k + 2, 2).type).toBe(ExcelJS.ValueType.String);
      // (A lone CR comes back as LF: exceljs writes it unescaped and XML reads it as a line feed.)
      expect(ws.getCell(k + 2, 2).value).toBe(t.replace(/\r/g, '\n'));
    });
    // The outputs are text, JSON and .xlsx only: there is no CSV writer to inject into.
    refused(await cli('check', csv, '--profile', '002-1', '--format', 'csv'), /--format/);
  });
});
