// The task pane's 今日待办 and `ledgerlint todo` give the same list for the same workbook: one
// workbook saved to a file for the command line, and carried into the fake workbook
// (exceljs-bridge.ts) for the add-in, which checks it as it checks the active sheet in Excel.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byPerformer, type Table } from '@ledgerlint/policy';
import { workbookFromTable } from '@ledgerlint/xlsx';
import { reload } from '../../packages/xlsx/src/testing-workbook';
import { cli, tempDir } from '../../test/helpers';
import { checkActiveSheet } from '../src/office/adapter';
import { exampleLedger, profile } from './example';
import { toFake } from './exceljs-bridge';
// @ts-expect-error plain JS module without types
import { generateTable } from '../../scripts/bench-data.mjs';

/** Both lists of one workbook: the command line's JSON items, and the pane's (as plain JSON). */
async function bothLists(table: Table, asOf: string): Promise<{ cliItems: unknown[]; paneItems: unknown[] }> {
  const book = await reload(workbookFromTable(table));
  const file = join(tempDir(), 'ledger.xlsx');
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
  const r = await cli('todo', file, '--profile', profile.id, '--as-of', asOf, '--format', 'json');
  expect(r.code).toBe(0);
  const pane = await checkActiveSheet(toFake(book).host(), { profile, asOf });
  expect(pane.error).toBeNull();
  return { cliItems: JSON.parse(r.stdout).items, paneItems: JSON.parse(JSON.stringify(pane.todo)) };
}

describe('今日待办 in the pane is `ledgerlint todo`', () => {
  it('the example ledger: the same items, words and order, beyond the profile\'s lead time too', async () => {
    const { cliItems, paneItems } = await bothLists(await exampleLedger(), '2025-10-15');
    expect(paneItems).toEqual(cliItems);
    expect(paneItems.length).toBe(8);
    // Items 2 days out are there: the pane widened the lead time to the week as the command line does.
    expect(paneItems.map((i) => (i as { state: string }).state)).toContain('open');
  });

  it('a generated 2,000-row log, as of two dates: the same list, and the same groups by performer', async () => {
    const table = { ...(generateTable(2_000) as Table), sheet: '客户回访记录表' };
    for (const asOf of ['2025-06-30', '2025-12-31']) {
      const { cliItems, paneItems } = await bothLists(table, asOf);
      expect(paneItems.length).toBeGreaterThan(10);
      expect(paneItems).toEqual(cliItems);
      const groups = (items: unknown[]) => byPerformer(items as { performer: string | null }[]).map((g) => [g.performer, g.items.length]);
      expect(groups(paneItems)).toEqual(groups(cliItems));
    }
  }, 60_000);
});
