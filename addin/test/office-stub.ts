/**
 * Stand-in for Office.js in the browser tests: `Office` and `Excel` backed by the fake workbook.
 * The harness serves this bundle in place of appsforoffice.microsoft.com/lib/1/hosted/office.js,
 * after `window.__LEDGER__` (a policy Table) and `window.__EXCEL_API__` are set.
 */
import { FakeWorkbook } from './fake-excel';

interface StubWindow {
  __LEDGER__: { sheet: string; rows: (string | number | boolean | null)[][]; formats?: (string | null)[][]; firstRow?: number; firstColumn?: number };
  __EXCEL_API__?: string;
  __DATE1904__?: boolean;
  __fake: FakeWorkbook;
  Office: unknown;
  Excel: unknown;
}
const w = window as unknown as StubWindow;
const wb = new FakeWorkbook({ excelApi: w.__EXCEL_API__ ?? '1.20', date1904: !!w.__DATE1904__ });
const t = w.__LEDGER__;
wb.addSheet(t.sheet, t.rows, { formats: t.formats, top: t.firstRow, left: t.firstColumn });
w.__fake = wb;
const host = wb.host('客户回访记录表.xlsx');

w.Office = {
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(() => cb?.(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: 'zh-CN',
    document: { url: 'https://example.invalid/客户回访记录表.xlsx', settings: host.documentSettings },
    requirements: { isSetSupported: (name: string, version: string) => host.isSetSupported(name, version) },
  },
};
w.Excel = {
  run(a: unknown, b?: unknown) {
    const [options, batch] = typeof a === 'function' ? [undefined, a] : [a, b];
    return host.run(batch as never, options as never);
  },
};
