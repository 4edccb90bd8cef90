// The built task pane in headless Chromium (Debian's chromium + playwright-core), on the real
// Office.js from @microsoft/office-js with the fake workbook standing in for Excel (office-stub.ts):
// Check (opening on 今日待办: search, state chips, jumping to a row; the findings view's chips and
// pages), Annotate, Clear, the language switch, merged cells, the CSP, and no network. Screenshots go to docs/images/addin-*.png with LEDGERLINT_SCREENSHOTS=1
// (`pnpm --filter addin screenshots`), else to a temporary folder.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byPerformer, evaluate, getProfile, todoItems, workQueueProfile, type Table } from '@ledgerlint/policy';
import { isDateFormat } from '@ledgerlint/policy/ledger';
import { readLedger } from '@ledgerlint/xlsx';
import { mergedLayout } from './example';
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
    h.ledger = ledger;
  }, 60_000);
  afterAll(async () => h?.close());

  it('Check opens on 今日待办: the call list of `ledgerlint todo`, grouped by performer, oldest overdue first; an item selects its row', async () => {
    const { page } = h;
    await page.fill('#as-of', '2025-10-15');
    await page.dispatchEvent('#as-of', 'change');
    await clickCheck(page);
    expect(await page.getAttribute('#tab-todo', 'aria-selected')).toBe('true');
    expect(await page.textContent('#todo-tally')).toBe('截至 2025-10-15：逾期 5 项 · 今天到期 1 项 · 7 天内到期 2 项');
    // The library's list (as the command line builds it), in the pane's order: by performer, the
    // group with the oldest overdue item first.
    const profile = getProfile('002-1');
    const report = await evaluate(h.ledger, workQueueProfile(profile, 7), { asOf: '2025-10-15' });
    const expected = byPerformer(todoItems(report, profile, 7));
    const shown = await page.$$eval('.todo-item', (els: Element[]) => els.map((e: Element) => (e as HTMLElement).dataset.customer));
    expect(shown).toEqual(expected.flatMap((g) => g.items.map((i) => i.customer)));
    const groups = await page.$$eval('.group.performer summary strong', (els: Element[]) => els.map((e: Element) => e.textContent));
    expect(groups).toEqual(expected.map((g) => g.performer ?? '（未填回访人）'));
    expect(await page.textContent('.group.performer summary .count')).toMatch(/^共 \d+ 项 · 逾期 \d+$/);
    // One line: due, state, customer, name, phone; then what is owed, in the command line's words, and the row.
    const first = page.locator('.todo-item').first();
    expect(await first.locator('.line').textContent()).toBe('2025-09-27逾期 18 天K008黄磊13800000008');
    expect(await first.locator('.owed').textContent()).toBe('提车一周第 29 行');
    await page.screenshot({ path: join(shots, 'addin-todo.png'), fullPage: false });
    await first.click();
    const selected = await page.evaluate(() => (window as unknown as { __fake: { selections: string[] } }).__fake.selections);
    expect(selected.at(-1)).toMatch(/!A29:P29$/);
  });

  it('今日待办: the search box filters by customer number, name or phone as one types; the state chips filter', async () => {
    const { page } = h;
    const customers = () => page.$$eval('.todo-item', (els: Element[]) => els.map((e: Element) => (e as HTMLElement).dataset.customer));
    const all = await customers();
    await page.fill('#search', '黄磊');
    expect(await customers()).toEqual(['K008']);
    // The box keeps its focus while the list is redrawn.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.fill('#search', '138-0000-0008');
    expect(await customers()).toEqual(['K008']);
    await page.fill('#search', 'k006');
    expect(await customers()).toEqual(['K006', 'K006']);
    await page.fill('#search', '没有这个人');
    expect(await page.textContent('#no-match')).toBe('没有符合条件的事项。');
    await page.fill('#search', '');
    expect(await customers()).toEqual(all);
    await page.click('.chip[data-state="overdue"]');
    expect(await page.getAttribute('.chip[data-state="overdue"]', 'aria-pressed')).toBe('true');
    expect(await page.$$eval('.todo-item', (els: Element[]) => [...new Set(els.map((e: Element) => e.className))])).toEqual(['todo-item st-overdue']);
    expect(await page.locator('.todo-item').count()).toBe(5);
    await page.click('.chip[data-state="due-today"]');
    expect(await page.locator('.todo-item').count()).toBe(6);
    await page.click('.chip[data-state="overdue"]');
    await page.click('.chip[data-state="due-today"]');
    expect(await customers()).toEqual(all);
  });

  it('全部发现 shows findings grouped by customer, in Chinese, with clauses; its status chips filter; clicking one selects its row', async () => {
    const { page } = h;
    await page.click('#tab-findings');
    const results = await page.textContent('#results');
    expect(results).toMatch(/条记录/);
    expect(results).toMatch(/依据：/);
    expect(await page.locator('.group').count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(shots, 'addin-check.png'), fullPage: false });
    await page.click('.chip[data-state="overdue"]');
    const statuses = await page.$$eval('.finding .status', (els: Element[]) => [...new Set(els.map((e: Element) => e.textContent))]);
    expect(statuses).toEqual(['逾期']);
    await page.click('.chip[data-state="overdue"]');
    expect(await page.$$eval('.finding .status', (els: Element[]) => new Set(els.map((e: Element) => e.textContent)).size)).toBeGreaterThan(1);
    await page.locator('.finding[data-row]:not([data-row=""])').first().click();
    const selected = await page.evaluate(() => (window as unknown as { __fake: { selections: string[] } }).__fake.selections);
    expect(selected.at(-1)).toMatch(/!A\d+:P\d+$/);
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

  it('runs on the real Office.js (@microsoft/office-js, served at the CDN address), booted as Excel for Windows', async () => {
    const { page } = h;
    // office.js loaded the Excel host's own file and its Chinese strings from its folder.
    expect([...h.office].sort()).toEqual(['excel-win32-16.01.js', 'zh-cn/office_strings.js']);
    const seen = await page.evaluate(async () => {
      const w = window as unknown as { OSF?: object; OfficeExtension?: { ClientRequestContext?: unknown }; __bridgeProblems: string[] };
      const info = await Office.onReady();
      return {
        info: { host: info.host, platform: info.platform },
        osf: typeof w.OSF,
        requestContext: typeof Excel.RequestContext,
        clientRequestContext: typeof w.OfficeExtension?.ClientRequestContext,
        language: Office.context.displayLanguage,
        sets: ['1.2', '1.13', '1.20', '1.21'].map((v) => Office.context.requirements.isSetSupported('ExcelApi', v)),
        bridge: w.__bridgeProblems,
      };
    });
    expect(seen).toEqual({
      info: { host: 'Excel', platform: 'PC' },
      osf: 'object',
      requestContext: 'function',
      clientRequestContext: 'function',
      language: 'zh-CN',
      sets: [true, true, true, false],
      bridge: [],
    });
  });

  it('no CSP violation, no script error, no request beyond localhost and the Office CDN (answered from the package)', () => {
    expect(h.problems).toEqual([]);
    expect(h.blocked).toEqual([]);
  });
});

describe.skipIf(!ready)('task pane in headless Chromium: merged customer cells (skipped without Debian chromium or a built add-in)', () => {
  for (const [excelApi, expected] of [
    ['1.20', 'the same findings as the ledger without merges'],
    ['1.12', 'a message: update Excel, or unmerge and fill down'],
  ] as const) {
    it(`ExcelApi ${excelApi}: ${expected}`, async () => {
      const plain = (await readLedger(example)).table;
      const { table, merges } = mergedLayout(plain);
      const h = await startHarness({ ledger: table, merges, excelApi });
      try {
        const { page } = h;
        await page.fill('#as-of', '2025-10-15');
        await page.dispatchEvent('#as-of', 'change');
        await clickCheck(page);
        if (excelApi === '1.20') {
          // As many as the library finds in the same ledger without merges (the CLI's answer).
          const expectedCount = (await evaluate(plain, getProfile('002-1'), { asOf: '2025-10-15' })).findings.length;
          expect(await page.textContent('#results .summary')).toContain(`${expectedCount} 项发现`);
          expect(await page.textContent('#results')).not.toMatch(/没有客户编号或客户名称/);
        } else {
          expect(await page.textContent('#message')).toMatch(/第 6、7、9、11、12 行.*取消单元格合并/);
          expect(await page.locator('.finding').count()).toBe(0);
          // Not a column problem: the mapping editor stays closed.
          expect(await page.locator('details.mapping[open]').count()).toBe(0);
        }
        expect(h.problems).toEqual([]);
      } finally {
        await h.close();
      }
    }, 60_000);
  }
});

describe.skipIf(!ready)('task pane in headless Chromium: large results, 1904 workbooks (skipped without Debian chromium or a built add-in)', () => {
  it('draws a page of customers, never one node per finding; the pages reach the last customer; the call list a page of items', async () => {
    const h = await startHarness({ ledger: { ...generateTable(5_000), sheet: '客户回访记录表' } });
    try {
      const { page } = h;
      await page.fill('#as-of', '2025-12-31');
      await page.dispatchEvent('#as-of', 'change');
      await clickCheck(page);
      const findings = Number((await page.textContent('#results .summary'))!.replace(/,/g, '').match(/(\d+) 项发现/)![1]);
      expect(findings).toBeGreaterThan(1000);
      // 今日待办 first: a page of items, and more on request.
      const todo = Number((await page.textContent('#tab-todo'))!.replace(/,/g, '').match(/(\d+)/)![1]);
      expect(todo).toBeGreaterThan(100);
      expect(await page.locator('.todo-item').count()).toBe(100);
      await page.click('#more-todo');
      expect(await page.locator('.todo-item').count()).toBe(Math.min(200, todo));
      await page.click('#tab-findings');
      expect(await page.locator('.group').count()).toBe(25);
      expect(await page.locator('.finding').count()).toBeLessThanOrEqual(250);
      const where = async () => (await page.textContent('#pager .where'))!.replace(/,/g, '').match(/第 (\d+)\/(\d+) 页 · 客户 (\d+)–(\d+)，共 (\d+) 位/)!.slice(1).map(Number);
      const [, pages, , , customers] = await where();
      expect(pages).toBe(Math.ceil(customers / 25));
      await page.click('#page-next');
      expect(await where()).toEqual([2, pages, 26, 50, customers]);
      expect(await page.locator('.group').count()).toBe(25);
      await page.click('#page-last');
      expect(await where()).toEqual([pages, pages, (pages - 1) * 25 + 1, customers, customers]);
      expect(await page.locator('.group').count()).toBe(customers - (pages - 1) * 25);
      expect(await page.isDisabled('#page-next')).toBe(true);
      await page.click('#page-first');
      expect((await where())[0]).toBe(1);
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
