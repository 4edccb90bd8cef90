/**
 * Writes the example ledgers in examples/ledgers/ from the scenarios in scripts/examples/<profile>.ts
 * (committed output; rerun with `pnpm examples` after changing them). The .xlsx uses real date
 * cells and a title block above the header, as clerks' workbooks do; the .csv is the same ledger as
 * Excel on zh-CN Windows saves it (GBK).
 */
import { createRequire } from 'node:module';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExampleLedger } from './examples/types';

const require = createRequire(fileURLToPath(new URL('../packages/xlsx/package.json', import.meta.url)));
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');

const out = (name: string) => fileURLToPath(new URL(`../examples/ledgers/${name}`, import.meta.url));

// Excel stores wall-clock time; exceljs writes a Date by its UTC fields.
function excelDate(text: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return text; // kept as the clerk typed it (e.g. 9月15号)
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)));
}
function excelClock(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h * 60 + m) / 1440;
}

async function write(ex: ExampleLedger): Promise<void> {
  const types = ex.types ?? {};
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ledgerlint examples';
  const ws = wb.addWorksheet(ex.sheet);
  for (const [k, line] of (ex.title ?? []).entries()) {
    ws.addRow([line]);
    ws.mergeCells(k + 1, 1, k + 1, ex.header.length);
    if (k === 0) ws.getRow(1).font = { bold: true, size: 14 };
  }
  ws.addRow(ex.header).font = { bold: true };
  for (const r of ex.rows) {
    const row = ws.addRow(
      r.map((v, i) => {
        if (typeof v !== 'string') return v;
        if (types[i] === 'datetime' || types[i] === 'date') return excelDate(v);
        if (types[i] === 'clock' && /^\d{1,2}:\d{2}$/.test(v)) return excelClock(v);
        return v;
      }),
    );
    for (const [i, t] of Object.entries(types)) row.getCell(+i + 1).numFmt = t === 'datetime' ? 'yyyy-mm-dd hh:mm' : t === 'date' ? 'yyyy-mm-dd' : 'hh:mm';
  }
  (ex.widths ?? ex.header.map((h) => Math.max(9, h.length * 2 + 2))).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(out(`${ex.file}.xlsx`));
  if (!ex.csv) return;
  const quote = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csv = [ex.header, ...ex.rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
  writeFileSync(out(`${ex.file}.csv`), iconv.encode(csv, 'gbk'));
}

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL('./examples/', import.meta.url));
  for (const name of readdirSync(dir).filter((f) => /^\d{3}-.*\.ts$/.test(f)).sort()) {
    const { example } = (await import(pathToFileURL(dir + name).href)) as { example: ExampleLedger };
    await write(example);
    console.log(`wrote ${example.rows.length} rows to examples/ledgers/${example.file}.xlsx${example.csv ? ' and .csv' : ''}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
