// The built task pane in headless Chromium (Debian's chromium + playwright-core), with a stub
// Office.js over the fake workbook: Check, Annotate, Clear, the language switch, the CSP, and no
// network. Screenshots go to docs/images/addin-*.png with LEDGERLINT_SCREENSHOTS=1
// (`pnpm --filter addin screenshots`), else to a temporary folder.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, getProfile, isDateFormat, type Table } from '@ledgerlint/policy';
import { readLedger } from '@ledgerlint/xlsx';
// @ts-expect-error plain JS module
import { CHROMIUM, clickCheck, startHarness } from '../scripts/browser-harness.mjs';
// @ts-expect-error plain JS module without types
import { generateTable } from '../../scripts/bench-data.mjs';

const dist = fileURLToPath(new URL('../dist/taskpane.html', import.meta.url));
const example = fileURLToPath(new URL('../../examples/ledgers/002-1-car-dealer.xlsx', import.meta.url));
const shots = process.env.LEDGERLINT_SCREENSHOTS ? fileURLToPath(new URL('../../docs/images/', import.meta.url)) : mkdtempSync(join(tmpdir(), 'ledgerlint-shots-'));
const ready = existsSync(CHROMIUM) && existsSync(dist);
// Skipped, and said so, where Debian's chromium is not installed (.ci/run installs it) or the add-in is not built.
if (!ready) console.warn(`headless-Chromium tests skipped: ${existsSync(CHROMIUM) ? 'addin/dist is not built (run pnpm build)' : `${CHROMIUM} is missing (apt-get install chromium)`}`);

describe.skipIf(!ready)('task pane in headless Chromium (skipped without Debian chromium or a built add-in)', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let h: any;
  beforeAll(async () => {
    const ledger = (await readLedger(example)).table;
    h = await startHarness({ ledger });
  }, 60_000);
  afterAll(async () => h?.close());

  it('Check shows findings grouped by customer, in Chinese, with clauses; clicking one selects its row', async () => {
    const { page } = h;
    await page.fill('#as-of', '2025-10-15');
    await page.dispatchEvent('#as-of', 'change');
    await clickCheck(page);
    const results = await page.textContent('#results');
    expect(results).toMatch(/条记录/);
    expect(results).toMatch(/依据：/);
    expect(await page.locator('.group').count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(shots, 'addin-check.png'), fullPage: false });
    await page.locator('.finding[data-row]:not([data-row=""])').first().click();
    const selected = await page.evaluate(() => (window as unknown as { __fake: { selections: string[] } }).__fake.selections);
    expect(selected.length).toBe(1);
    expect(selected[0]).toMatch(/!A\d+:P\d+$/);
  });

  it('Annotate writes the status columns into the fake workbook and says what it did', async () => {
    const { page } = h;
    await page.click('#annotate');
    await page.waitForSelector('#message.ok');
    const text = await page.textContent('#message');
    expect(text).toMatch(/已标注/);
    expect(text).toMatch(/Q 列|列 Q|Q/);
    const state = await page.evaluate(() => {
      const wb = (window as unknown as { __fake: { sheets: { name: string; cells: Map<string, { value?: unknown }> }[]; syncs: unknown[] } }).__fake;
      return { sheets: wb.sheets.map((s) => s.name), header: [...wb.sheets[0].cells].filter(([k]) => k.endsWith(',17')).length };
    });
    expect(state.sheets).toContain('ledgerlint汇总');
    expect(state.header).toBeGreaterThan(10);
    await page.screenshot({ path: join(shots, 'addin-annotate.png'), fullPage: false });
  });

  it('Clear removes it again; English is one click away', async () => {
    const { page } = h;
    await page.click('#clear');
    await page.waitForSelector('#message.ok');
    expect(await page.textContent('#message')).toMatch(/已清除/);
    const sheets = await page.evaluate(() => (window as unknown as { __fake: { sheets: { name: string }[] } }).__fake.sheets.map((s) => s.name));
    expect(sheets).toEqual(['意向客户回访记录']);
    await page.click('#lang');
    expect(await page.textContent('#check')).toBe('Check');
    await page.click('#lang');
    expect(await page.textContent('#check')).toBe('检查');
  });

  it('no CSP violation, no script error, no request beyond localhost and the (stubbed) Office CDN', () => {
    expect(h.problems).toEqual([]);
    expect(h.blocked).toEqual([]);
  });
});

describe.skipIf(!ready)('task pane in headless Chromium: large results, 1904 workbooks (skipped without Debian chromium or a built add-in)', () => {
  it('draws a page of customers, never one node per finding, and more on request', async () => {
    const h = await startHarness({ ledger: { ...generateTable(5_000), sheet: '客户回访记录表' } });
    try {
      const { page } = h;
      await page.fill('#as-of', '2025-12-31');
      await page.dispatchEvent('#as-of', 'change');
      await clickCheck(page);
      const findings = Number((await page.textContent('#results .summary'))!.replace(/,/g, '').match(/(\d+) 项发现/)![1]);
      expect(findings).toBeGreaterThan(1000);
      expect(await page.locator('.group').count()).toBe(25);
      expect(await page.locator('.finding').count()).toBeLessThanOrEqual(250);
      await page.click('#more-groups');
      expect(await page.locator('.group').count()).toBe(50);
      expect(h.problems).toEqual([]);
    } finally {
      await h.close();
    }
  }, 60_000);

  it('says when the workbook uses the 1904 date system, and reads its dates right', async () => {
    const ledger = (await readLedger(example)).table as Table;
    const rows = ledger.rows.map((row, i) => row.map((v, j) => (typeof v === 'number' && v >= 1 && isDateFormat(ledger.formats?.[i]?.[j]) ? v - 1462 : v)));
    const h = await startHarness({ ledger: { ...ledger, rows }, date1904: true });
    try {
      const { page } = h;
      await page.fill('#as-of', '2025-10-15');
      await page.dispatchEvent('#as-of', 'change');
      await clickCheck(page);
      expect(await page.textContent('#date-system')).toMatch(/1904/);
      // The same findings as the 1900 workbook: as many as the library finds in it.
      const same = (await evaluate(ledger, getProfile('002-1'), { asOf: '2025-10-15' })).findings.length;
      expect(await page.textContent('#results .summary')).toMatch(new RegExp(`${same} 项发现`));
      expect(h.problems).toEqual([]);
    } finally {
      await h.close();
    }
  }, 60_000);
});
