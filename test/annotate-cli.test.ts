// `ledgerlint annotate` / `ledgerlint clear` end to end on files: what is written where, that the
// clerk's workbook is untouched, that annotating twice equals once, that clear gives it back, and
// that --in-place refuses when the writer would lose a part.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpWorkbook, rezip, unzip } from '../packages/xlsx/src/testing-workbook';
import { cli, requireFromXlsx, root, tempDir } from './helpers';

const ExcelJS = requireFromXlsx('exceljs');
const example = join(root, 'examples/ledgers/002-1-car-dealer.xlsx');
const csvExample = join(root, 'examples/ledgers/002-1-car-dealer.csv');
const AS_OF = '2025-10-15';

async function load(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('annotate', () => {
  it('writes <name>.checked.xlsx beside the source, leaves the source byte for byte, and adds the two columns and the summary', async () => {
    const dir = tempDir();
    const src = join(dir, '回访记录.xlsx');
    copyFileSync(example, src);
    const before = readFileSync(src);
    const r = await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = join(dir, '回访记录.checked.xlsx');
    expect(r.stdout).toContain(out);
    expect(readFileSync(src).equals(before)).toBe(true);
    const wb = await load(out);
    expect(wb.worksheets.map((w: { name: string }) => w.name)).toEqual(['意向客户回访记录', 'ledgerlint汇总', '待回访', 'ledgerlint_state']);
    const ws = wb.getWorksheet('意向客户回访记录');
    // The clerk's header is row 3, 16 columns (A-P): ours are Q and R.
    expect(ws.getCell('Q3').value).toBe('回访状态（ledgerlint）');
    expect(ws.getCell('R3').value).toBe('下次应办日期（ledgerlint）');
    expect(String(ws.getCell('Q8').value)).toMatch(/^逾期：H类3天，应于 \d{4}-\d{2}-\d{2} 前/);
    expect(ws.getCell('Q8').note).toBeTruthy();
    expect(ws.getCell('R8').value).toBeInstanceOf(Date);
  });

  it('the 待回访 sheet lists what `ledgerlint todo` lists for the same check, in its order, each line linked to its row', async () => {
    const dir = tempDir();
    const src = join(dir, 'ledger.xlsx');
    copyFileSync(example, src);
    expect((await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF)).code).toBe(1);
    const todo = await cli('todo', src, '--profile', '002-1', '--as-of', AS_OF, '--format', 'json');
    type Item = { state: string; dueAt: string; customer: string | null; customerName: string | null; phone: string | null; what: { zh: string }; performer: string | null; row: number | null };
    const items = (JSON.parse(todo.stdout) as { items: Item[] }).items;
    const calls = (await load(join(dir, 'ledger.checked.xlsx'))).getWorksheet('待回访');
    expect(calls.getCell('A1').value).toBe('ledgerlint 待回访 / call list');
    const lines: unknown[][] = [];
    for (let r = 5; calls.getCell(`A${r}`).value; r++) lines.push(['A', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => calls.getCell(`${c}${r}`).value ?? null));
    const asLine = (item: Item) => [
      item.dueAt.replace('T', ' ').slice(0, 16),
      item.customer ?? '全表',
      item.customerName,
      item.phone,
      item.what.zh,
      item.performer,
      { formula: `HYPERLINK("#'意向客户回访记录'!A${item.row}","第 ${item.row} 行")`, result: `第 ${item.row} 行` },
    ];
    // Everything overdue or due today, in todo's order; todo's default window (7 days, its
    // evaluation widened to it) may list more of what comes later than the profile's lead time.
    expect(lines.slice(0, items.filter((i) => i.state === 'overdue' || i.state === 'due-today').length)).toEqual(items.filter((i) => i.state === 'overdue' || i.state === 'due-today').map(asLine));
    let k = 0;
    for (const line of lines) {
      while (k < items.length && JSON.stringify(asLine(items[k])) !== JSON.stringify(line)) k++;
      expect(k, `line ${JSON.stringify(line)} in todo's list, in order`).toBeLessThan(items.length);
    }
    expect(lines.length).toBeGreaterThan(3);
  });

  it('annotating twice gives the same workbook as once; clear gives the clerk\'s workbook back', async () => {
    // The summary names the ledger file, so both runs read a file of the same name.
    const first = tempDir();
    const second = tempDir();
    const dir = tempDir();
    copyFileSync(example, join(first, 'ledger.xlsx'));
    const once = join(dir, 'once.xlsx');
    const twice = join(dir, 'twice.xlsx');
    const back = join(dir, 'back.xlsx');
    expect((await cli('annotate', join(first, 'ledger.xlsx'), '--profile', '002-1', '--as-of', AS_OF, '-o', once)).code).toBe(1);
    copyFileSync(once, join(second, 'ledger.xlsx'));
    expect((await cli('annotate', join(second, 'ledger.xlsx'), '--profile', '002-1', '--as-of', AS_OF, '-o', twice)).code).toBe(1);
    expect(dumpWorkbook(await load(twice))).toEqual(dumpWorkbook(await load(once)));
    expect((await cli('clear', twice, '-o', back)).code).toBe(0);
    expect(dumpWorkbook(await load(back))).toEqual(dumpWorkbook(await load(example)));
  });

  it('a CSV ledger becomes a new annotated .xlsx; --in-place is refused for a CSV', async () => {
    const dir = tempDir();
    const src = join(dir, 'ledger.csv');
    copyFileSync(csvExample, src);
    const r = await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF);
    expect(r.code).toBe(1);
    const wb = await load(join(dir, 'ledger.checked.xlsx'));
    expect(wb.getWorksheet('ledgerlint汇总')).toBeTruthy();
    const refused = await cli('annotate', src, '--profile', '002-1', '--in-place');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('CSV');
  });

  it('--in-place overwrites the source when nothing is lost', async () => {
    const dir = tempDir();
    const src = join(dir, 'ledger.xlsx');
    copyFileSync(example, src);
    expect((await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--in-place')).code).toBe(1);
    expect((await load(src)).getWorksheet('ledgerlint汇总')).toBeTruthy();
    expect((await cli('clear', src, '--in-place')).code).toBe(0);
    expect(dumpWorkbook(await load(src))).toEqual(dumpWorkbook(await load(example)));
  });

  it('--in-place refuses a workbook with parts the writer would drop, names them, and leaves it untouched', async () => {
    const dir = tempDir();
    const src = join(dir, 'with-macro.xlsx');
    const parts = unzip(readFileSync(example));
    parts.set('xl/vbaProject.bin', Buffer.from('not really a macro project'));
    writeFileSync(src, rezip(parts));
    const before = readFileSync(src);
    const r = await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--in-place');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/宏|VBA/);
    expect(r.stderr).toMatch(/macro|VBA/i);
    expect(readFileSync(src).equals(before)).toBe(true);
    // A copy is allowed, with a warning saying what the copy lacks.
    const copy = await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '-o', join(dir, 'copy.xlsx'));
    expect(copy.code).toBe(1);
    expect(copy.stderr).toMatch(/copy lacks/);
  });

  it('clear on a workbook without an annotation: exit 2, nothing written', async () => {
    const dir = tempDir();
    const r = await cli('clear', example, '-o', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ledgerlint');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('-o and --in-place together is a usage error', async () => {
    const r = await cli('annotate', example, '--profile', '002-1', '-o', 'x.xlsx', '--in-place');
    expect(r.code).toBe(2);
  });
});
