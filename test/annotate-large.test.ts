// `ledgerlint annotate` / `clear` on workbooks too large for the in-memory writer: the streaming
// path (packages/xlsx/src/stream-annotate.ts). Forced with LEDGERLINT_ANNOTATE_STREAM=1 on the
// example ledger; taken by itself on 200,000 rows under a heap the in-memory writer refuses. The
// full height (1,048,576 rows under the default heap) is measured by `pnpm bench`, not here.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readZipDirectory } from '../packages/xlsx/src/sniff';
import { rawXlsx } from '../packages/xlsx/src/testing';
import { dumpWorkbook, unzip } from '../packages/xlsx/src/testing-workbook';
import { cli, requireFromXlsx, root, tempDir } from './helpers';

const ExcelJS = requireFromXlsx('exceljs');
const example = join(root, 'examples/ledgers/002-1-car-dealer.xlsx');
const AS_OF = '2025-10-15';
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('LEDGERLINT_ANNOTATE_STREAM=1 (the streaming path on a small file)', () => {
  beforeEach(() => {
    process.env.LEDGERLINT_ANNOTATE_STREAM = '1';
  });
  afterEach(() => {
    delete process.env.LEDGERLINT_ANNOTATE_STREAM;
  });

  it('annotates like the in-memory writer, twice equals once, and clear gives the parts back', async () => {
    const src = join(dir, 'ledger.xlsx');
    copyFileSync(example, src);
    const once = join(dir, 'once.xlsx');
    const r = await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '-o', once);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const streamed = await load(once);
    delete process.env.LEDGERLINT_ANNOTATE_STREAM;
    const memory = join(dir, 'memory.xlsx');
    expect((await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '-o', memory)).code).toBe(1);
    const inMemory = await load(memory);
    process.env.LEDGERLINT_ANNOTATE_STREAM = '1';
    // The same sheets, and the same cells in our columns Q and R (values, fills, notes).
    expect(streamed.worksheets.map((w: { name: string }) => w.name)).toEqual(inMemory.worksheets.map((w: { name: string }) => w.name));
    const a = dumpWorkbook(streamed).sheets[0];
    const b = dumpWorkbook(inMemory).sheets[0];
    const ours = (cells: Record<string, unknown>) => Object.fromEntries(Object.entries(cells).filter(([k]) => /^[QR]\d+$/.test(k)).map(([k, v]) => [k, JSON.parse(JSON.stringify(v, (key, x) => (key === 'styleId' || key === 'ssId' || key === 'sharedFormula' ? undefined : x)))]));
    const values = (cells: Record<string, unknown>) => Object.fromEntries(Object.entries(ours(cells)).map(([k, v]) => [k, [(v as { value?: unknown }).value ?? null, (v as { note?: unknown }).note ?? null, JSON.stringify((v as { style?: { fill?: unknown } }).style?.fill ?? null)]]));
    expect(values(a.cells)).toEqual(values(b.cells));
    expect(Object.keys(ours(a.cells)).length).toBeGreaterThan(30);

    // Annotating the annotated file again (same name, so the summary is the same) gives the same bytes.
    const again = join(dir, 'again');
    rmSync(again, { recursive: true, force: true });
    mkdirSync(again);
    copyFileSync(once, join(again, 'ledger.xlsx'));
    const twice = join(dir, 'twice.xlsx');
    expect((await cli('annotate', join(again, 'ledger.xlsx'), '--profile', '002-1', '--as-of', AS_OF, '-o', twice)).code).toBe(1);
    expect(readFileSync(twice).equals(readFileSync(once))).toBe(true);

    // Clear: every part of the clerk's back byte for byte but styles.xml (our unused formats stay).
    const back = join(dir, 'back.xlsx');
    const c = await cli('clear', twice, '-o', back);
    expect(c).toEqual({ code: 0, stdout: `已清除批注：${back}\nAnnotation removed: ${back}\n`, stderr: '' });
    const before = unzip(readFileSync(example));
    const after = unzip(readFileSync(back));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, data] of before) if (name !== 'xl/styles.xml') expect(after.get(name)!.equals(data), name).toBe(true);
    expect(dumpWorkbook(await load(back))).toEqual(dumpWorkbook(await load(example)));
  });

  it('--in-place is allowed: the streaming path keeps every part of the file', async () => {
    const src = join(dir, 'in-place.xlsx');
    copyFileSync(example, src);
    const r = await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--in-place');
    expect(r.code).toBe(1);
    expect(unzip(readFileSync(src)).has('xl/comments1.xml')).toBe(true);
    expect((await cli('clear', src, '--in-place')).code).toBe(0);
    expect(dumpWorkbook(await load(src))).toEqual(dumpWorkbook(await load(example)));
  });

  it('refuses with both languages what it cannot do safely, leaving no file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(example);
    wb.getWorksheet('意向客户回访记录').getCell('Q20').border = { top: { style: 'thin' } };
    const src = join(dir, 'bordered.xlsx');
    await wb.xlsx.writeFile(src);
    const out = join(dir, 'bordered.checked.xlsx');
    const r = await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：无法在 bordered\.xlsx 的工作表“意向客户回访记录”中加入标注列：单元格 Q20 已有格式[\s\S]*\nError: [\s\S]*cell Q20 holds a format/);
    expect(() => statSync(out)).toThrow();
  });
});

/** Run the command line from its sources in a child process with the given heap (MB). */
function cliChild(heapMb: number, ...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
    delete env.LEDGERLINT_ANNOTATE_STREAM;
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', join(root, 'packages/cli/src/bin.ts'), ...argv], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr, ms: performance.now() - t0 }));
  });
}

describe('200,000 rows under a heap the in-memory writer refuses', () => {
  it('annotates through the streaming path by itself, and clears again', async () => {
    const ROWS = 200_000;
    const STRINGS = ['客户编号', '回访时间', '客户等级', 'B', 'C'];
    const parts: string[] = [`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`];
    // 20,000 customers, B or C, contacted about every 10 days over 2025 (serial 45658 = 2025-01-01).
    for (let r = 2; r <= ROWS; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${10000 + (r % 20000)}</v></c><c r="B${r}" s="1"><v>${45658 + Math.floor(r / 600)}.625</v></c><c r="C${r}" t="s"><v>${3 + (r % 2)}</v></c></row>`);
    const bytes = rawXlsx({ sheets: [{ name: '回访记录', sheetData: parts.join('') }], sharedStrings: STRINGS, cellXfs: [22], level: 1 });
    parts.length = 0;
    const src = join(dir, 'tall.xlsx');
    writeFileSync(src, bytes);
    // The in-memory writer needs 60 bytes of heap per byte of sheet XML: more than this child has.
    const HEAP_MB = 1024;
    const xml = readZipDirectory(bytes)!.entries.filter((e) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(e.name)).reduce((n, e) => n + e.size, 0);
    expect(xml * 60).toBeGreaterThan(HEAP_MB * 2 ** 20 * 1.2);

    const out = join(dir, 'tall.checked.xlsx');
    const r = await cliChild(HEAP_MB, 'annotate', src, '--profile', '002-1', '--as-of', '2025-12-31', '-o', out, '--quiet');
    console.info(`200,000 rows x 3 columns, heap ${HEAP_MB} MB: annotated in ${r.ms.toFixed(0)} ms (${(statSync(src).size / 2 ** 20).toFixed(1)} MiB -> ${(statSync(out).size / 2 ** 20).toFixed(1)} MiB)`);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/199999 条记录/);
    const sheet = unzip(readFileSync(out)).get('xl/worksheets/sheet1.xml')!.toString();
    // Our cells as the streaming path writes them (the exceljs writer uses shared strings).
    expect(sheet).toMatch(/<c r="D200000"( s="\d+")? t="inlineStr"><is><t xml:space="preserve">[^<]+<\/t><\/is><\/c>/);
    expect(sheet).toMatch(/<c r="D1" s="\d+" t="inlineStr"><is><t xml:space="preserve">回访状态（ledgerlint）<\/t><\/is><\/c><c r="E1" s="\d+" t="inlineStr"><is><t xml:space="preserve">下次应办日期（ledgerlint）<\/t>/);

    const back = join(dir, 'tall.cleared.xlsx');
    const c = await cliChild(HEAP_MB, 'clear', out, '-o', back, '--quiet');
    console.info(`  cleared in ${c.ms.toFixed(0)} ms`);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    const before = unzip(bytes);
    const after = unzip(readFileSync(back));
    for (const [name, data] of before) if (name !== 'xl/styles.xml') expect(after.get(name)!.equals(data), name).toBe(true);
  }, 180_000);
});
