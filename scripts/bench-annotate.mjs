/**
 * Bench part 5: `ledgerlint annotate` on a generated N-row .xlsx, next to exceljs alone reading and
 * writing the same file (the floor of any exceljs-based writer), both as child processes so that
 * time and peak memory (VmHWM) are each process's own. Target: annotate <= 1.3 x the floor in both.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generateTable, HEADERS, SHEET } from './bench-data.mjs';

const SERIAL_1970 = 25569;

/** Write the generated log as a real workbook: date cells as dates with formats, like a clerk's. */
export async function writeXlsx(root, path, rows) {
  const require = createRequire(join(root, 'packages/xlsx/package.json'));
  const ExcelJS = require('exceljs');
  const table = generateTable(rows);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  const ws = writer.addWorksheet(SHEET);
  ws.addRow(HEADERS).commit();
  const dateCols = new Set(HEADERS.map((h, i) => (/时间|日期/.test(h) ? i : -1)).filter((i) => i >= 0));
  for (let r = 1; r < table.rows.length; r++) {
    const cells = table.rows[r].map((v, c) => (dateCols.has(c) && typeof v === 'number' ? new Date(Math.round((v - SERIAL_1970) * 86400000)) : v));
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
function timed(args, cwd) {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
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
