// Workbooks written by other programs than Excel, annotated and cleared like Excel's: the clerk's
// notes kept. openpyxl (Python) files notes under other part names and writes a note's text
// without a run; exceljs failed on the first ("reading 'comments'") and read the second as empty.
// The fixture is made by openpyxl 3 (a two-customer ledger, a note on B2 by 王经理).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, requireFromXlsx, root, tempDir } from './helpers';

const ExcelJS = requireFromXlsx('exceljs');
const openpyxl = join(root, 'test/fixtures/other-programs/openpyxl-comments.xlsx');

async function noteOf(path: string, sheet: string, cell: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const note = wb.getWorksheet(sheet).getCell(cell).note;
  return typeof note === 'string' ? note : note?.texts?.map((t: { text: string }) => t.text).join('');
}

describe('a workbook written by openpyxl, with a note', () => {
  it('is checked, annotated with the note kept, and cleared with the note kept', async () => {
    const dir = tempDir();
    const check = await cli('check', openpyxl, '--profile', '002-1', '--as-of', '2025-10-15');
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('2 条记录');
    const annotated = join(dir, 'a.xlsx');
    const a = await cli('annotate', openpyxl, '--profile', '002-1', '--as-of', '2025-10-15', '-o', annotated, '--quiet');
    expect(a.code, a.stderr).toBe(1);
    expect(await noteOf(annotated, '回访记录', 'B2')).toBe('老客户，注意态度');
    const cleared = join(dir, 'c.xlsx');
    const c = await cli('clear', annotated, '-o', cleared, '--quiet');
    expect(c.code, c.stderr).toBe(0);
    expect(await noteOf(cleared, '回访记录', 'B2')).toBe('老客户，注意态度');
  });
});
