/**
 * Bench part 5: `ledgerlint annotate` on a generated N-row .xlsx, next to exceljs alone reading and
 * writing the same file (the floor of any exceljs-based writer), both as child processes so that
 * time and peak memory (VmHWM) are each process's own. Target: annotate <= 1.3 x the floor in both.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generateTable, HEADERS, SHEET } from './bench-data.mjs';

const SERIAL_1970 = 25569;

/**
 * Write the generated log as a real workbook: date cells as dates with formats, like a clerk's.
 * `columns` keeps only those headers (default all).
 */
export async function writeXlsx(root, path, rows, columns = HEADERS) {
  const require = createRequire(join(root, 'packages/xlsx/package.json'));
  const ExcelJS = require('exceljs');
  const table = generateTable(rows);
  const keep = columns.map((h) => HEADERS.indexOf(h));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  const ws = writer.addWorksheet(SHEET);
  ws.addRow(columns).commit();
  const dateCols = new Set(columns.map((h, i) => (/时间|日期/.test(h) ? i : -1)).filter((i) => i >= 0));
  for (let r = 1; r < table.rows.length; r++) {
    const cells = keep.map((k, c) => {
      const v = table.rows[r][k];
      return dateCols.has(c) && typeof v === 'number' ? new Date(Math.round((v - SERIAL_1970) * 86400000)) : v;
    });
    const row = ws.addRow(cells);
    for (const c of dateCols) row.getCell(c + 1).numFmt = 'yyyy-mm-dd hh:mm';
    row.commit();
  }
  await ws.commit();
  await writer.commit();
}

function peakOf(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Run a child to completion; wall time and its peak RSS (polled). */
function timed(args, cwd, env = process.env) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    const poll = setInterval(() => (peak = Math.max(peak, peakOf(child.pid))), 20);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - t, peak, code, stderr: stderr.slice(-500) });
    });
  });
}

/** The floor and annotate, best of `runs` each. */
export async function benchAnnotate(root, rows, runs, asOf) {
  const dir = join(root, '.bench', 'annotate');
  mkdirSync(dir, { recursive: true });
  const src = join(dir, `ledger-${rows}.xlsx`);
  await writeXlsx(root, src, rows);
  const floorScript = `const E=require(${JSON.stringify(createRequire(join(root, 'packages/xlsx/package.json')).resolve('exceljs'))});(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(src)});await w.xlsx.writeFile(${JSON.stringify(join(dir, 'floor.xlsx'))});})().catch(e=>{console.error(e);process.exit(3)})`;
  const floor = [];
  const annotate = [];
  for (let k = 0; k < runs; k++) {
    floor.push(await timed(['--max-old-space-size=8192', '-e', floorScript], root));
    annotate.push(await timed(['--max-old-space-size=8192', join(root, 'packages/cli/dist/bin.js'), 'annotate', src, '--profile', '002-1', '--as-of', asOf, '-o', join(dir, 'annotated.xlsx'), '--quiet'], root));
  }
  const best = (list, key) => Math.min(...list.map((r) => r[key]));
  const failed = annotate.find((r) => r.code !== 0 && r.code !== 1) ?? floor.find((r) => r.code !== 0);
  rmSync(join(dir, 'floor.xlsx'), { force: true });
  return { rows, floorMs: best(floor, 'ms'), floorPeak: best(floor, 'peak'), annotateMs: best(annotate, 'ms'), annotatePeak: best(annotate, 'peak'), failed };
}

/** The columns of the full-height ledger: those 002-1 checks (a dozen columns of 1,048,576 rows exceed what `check` holds in the default heap). */
export const STREAMING_COLUMNS = ['客户编号', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果'];

/**
 * `ledgerlint annotate` through the streaming path on a full-height sheet (1,048,576 rows: the
 * header and 1,048,575 callbacks) under Node's default heap, then `clear` on the result: wall time
 * and peak RSS of each, one run (the workbook is generated once and kept in .bench/annotate).
 */
export async function benchAnnotateStreaming(root, asOf, rows = 1_048_576) {
  const dir = join(root, '.bench', 'annotate');
  mkdirSync(dir, { recursive: true });
  const src = join(dir, `full-height-${rows}.xlsx`);
  if (!existsSync(src)) await writeXlsx(root, src, rows - 1, STREAMING_COLUMNS);
  const out = join(dir, 'full-height.checked.xlsx');
  const bin = join(root, 'packages/cli/dist/bin.js');
  // No --max-old-space-size: the default heap is the point. The environment variable is not needed
  // at this size (the in-memory path refuses it); it is set so a larger default heap cannot hide the path.
  const env = { ...process.env, LEDGERLINT_ANNOTATE_STREAM: '1', NODE_OPTIONS: '' };
  const annotate = await timed([bin, 'annotate', src, '--profile', '002-1', '--as-of', asOf, '-o', out, '--quiet'], root, env);
  const clear = annotate.code === 0 || annotate.code === 1 ? await timed([bin, 'clear', out, '-o', join(dir, 'full-height.cleared.xlsx'), '--quiet'], root, env) : undefined;
  const size = (p) => (existsSync(p) ? statSync(p).size : 0);
  const heap = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['-p', 'require("v8").getHeapStatistics().heap_size_limit'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('exit', () => resolve(Number(text.trim()) || 0));
  });
  const result = { rows, srcBytes: size(src), outBytes: size(out), annotate, clear, heapLimit: heap };
  rmSync(out, { force: true });
  rmSync(join(dir, 'full-height.cleared.xlsx'), { force: true });
  return result;
}
