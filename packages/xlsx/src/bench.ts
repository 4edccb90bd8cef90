/**
 * Benchmark of the .xlsx readers (not part of the package): generates a 100,000-row x 12-column
 * workbook in the temp dir once, then times each reader in its own process (for a fair peak RSS).
 *   npx tsx packages/xlsx/src/bench.ts            # all modes
 *   npx tsx packages/xlsx/src/bench.ts stream     # one mode
 * Modes: exceljs-load, exceljs-stream (the bare exceljs readers, visiting every cell),
 * auto, memory (readXlsxBytes, building Tables), csv (readLedgerBytes on the same data as GBK CSV).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readLedgerBytes } from './read';
import { readXlsxBytes } from './xlsx';

const XLSX = join(tmpdir(), 'ledgerlint-bench-100k.xlsx');
const CSV = join(tmpdir(), 'ledgerlint-bench-100k.csv');
const HEADER = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果', '经办人', '金额', '备注', '电话'];

function row(i: number): (string | number | Date | null)[] {
  return [
    `C${String(i).padStart(6, '0')}`,
    `客户${i % 5000}`,
    'ABC'[i % 3],
    new Date(Date.UTC(2025, 0, 1 + (i % 300), 9, 30)),
    new Date(Date.UTC(2025, 0, 3 + (i % 300), 14, 0)),
    ['电话', '短信', '上门', '微信'][i % 4],
    `回访内容说明第${i}条，客户表示满意`,
    i % 7 ? '满意' : '不满意',
    `张三${i % 20}`,
    (i * 13.37) % 10000,
    i % 11 ? null : `备注${i}`,
    `138${String(i).padStart(8, '0')}`,
  ];
}

async function generate(): Promise<void> {
  if (existsSync(XLSX) && existsSync(CSV)) return;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: XLSX, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('客户回访记录表');
  ws.addRow(HEADER).commit();
  const lines = [HEADER.join(',')];
  for (let i = 0; i < 100_000; i++) {
    const values = row(i);
    const r = ws.addRow(values);
    r.getCell(4).numFmt = 'yyyy-mm-dd hh:mm';
    r.getCell(5).numFmt = 'yyyy-mm-dd hh:mm';
    r.commit();
    lines.push(values.map((v) => (v instanceof Date ? v.toISOString().slice(0, 16).replace('T', ' ') : v === null ? '' : String(v))).join(','));
  }
  ws.commit();
  await wb.commit();
  writeFileSync(CSV, iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));
}

async function run(mode: string): Promise<string> {
  const t0 = performance.now();
  let rows = 0;
  if (mode === 'exceljs-load') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(XLSX) as unknown as ArrayBuffer);
    wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (r) => r.eachCell(() => rows++)));
  } else if (mode === 'exceljs-stream') {
    const bytes = readFileSync(XLSX);
    function* chunks() {
      for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
    }
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks()), { styles: 'cache', sharedStrings: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    for await (const ws of reader) for await (const r of ws) r.eachCell(() => rows++);
  } else if (mode === 'auto' || mode === 'memory') {
    const wb = await readXlsxBytes(readFileSync(XLSX), XLSX, { engine: mode });
    rows = wb.tables[0].rows.length;
    mode += ` (${wb.engine})`;
  } else if (mode === 'csv') {
    rows = (await readLedgerBytes(readFileSync(CSV), CSV)).table.rows.length;
  }
  const ms = performance.now() - t0;
  return `${mode.padEnd(16)} ${ms.toFixed(0).padStart(6)} ms  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB  (${rows} rows/cells)`;
}

const self = fileURLToPath(import.meta.url);
const mode = process.argv[2];
await generate();
if (mode) {
  process.stdout.write(`${await run(mode)}\n`);
} else {
  for (const m of ['exceljs-load', 'exceljs-stream', 'auto', 'memory', 'csv']) {
    process.stdout.write(execFileSync(process.execPath, [...process.execArgv, self, m], { encoding: 'utf8' }));
  }
}
