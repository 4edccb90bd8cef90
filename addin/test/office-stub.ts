/**
 * The Excel host for the browser tests, under the real Office.js. The harness serves this bundle,
 * then the real `office.js` of `@microsoft/office-js`, at the CDN address the page asks for; the
 * host-specific files Office.js then loads from the same address (`excel-win32-16.01.js`, which
 * creates the `Excel` namespace, and the locale strings) come from the package too.
 *
 * Office.js finds the desktop Excel it runs in on Windows through a native bridge,
 * `window.external` (`GetHostInfo`, `GetContext`, ...). This file answers that bridge from the
 * fake workbook, so the real library boots as in Excel for Windows: `Office.onReady` resolves with
 * host Excel, and `Office.context` (display language, the requirement sets the fake supports,
 * the document's URL, the document settings) is the real library's, answered from here. What
 * cannot be stood in for is Excel's own engine: Office.js sends each `context.sync()` over the
 * bridge as a RichApi request for Excel to run, and nothing here can run one. So `Excel.run` alone
 * is replaced, once Office.js is ready, by the fake workbook's (`addin/test/fake-excel.ts`); any
 * other call across the bridge is recorded in `window.__bridgeProblems`, which the tests expect
 * empty. Set before this runs: `window.__LEDGER__` (a policy Table), `__EXCEL_API__`, `__DATE1904__`,
 * `__MERGES__` (A1 ranges to merge).
 */
import { FakeWorkbook } from './fake-excel';

interface StubWindow {
  __LEDGER__: { sheet: string; rows: (string | number | boolean | null)[][]; formats?: (string | null)[][]; firstRow?: number; firstColumn?: number };
  __EXCEL_API__?: string;
  __DATE1904__?: boolean;
  __MERGES__?: string[];
  __fake: FakeWorkbook;
  __bridgeProblems: string[];
  /** Run by the harness right after office.js: from then on Excel.run is the fake's. */
  __afterOfficeJs: () => void;
  external: unknown;
  Office: { onReady(cb?: () => void): Promise<unknown> };
  Excel: { run: unknown };
}
const w = window as unknown as StubWindow;
const wb = new FakeWorkbook({ excelApi: w.__EXCEL_API__ ?? '1.20', date1904: !!w.__DATE1904__ });
const t = w.__LEDGER__;
wb.addSheet(t.sheet, t.rows, { formats: t.formats, top: t.firstRow, left: t.firstColumn });
for (const ref of w.__MERGES__ ?? []) wb.merge(t.sheet, ref);
w.__fake = wb;
w.__bridgeProblems = [];
const host = wb.host('客户回访记录表.xlsx');

/**
 * What desktop Excel tells Office.js about itself and the document (OSF's `GetContext()`): Excel
 * (app type 1), version 16, Chinese UI, the requirement sets the fake supports, the document's
 * settings (Office.js keeps each value as JSON text).
 */
const osfContext = {
  GetAppType: () => 1,
  GetSolutionRef: () => 'ledgerlint-test',
  GetAppVersionMajor: () => 16,
  GetAppVersionMinor: () => 0,
  GetAppUILocale: () => 'zh-CN',
  GetAppDataLocale: () => 'zh-CN',
  GetDocUrl: () => 'C:\\回访\\客户回访记录表.xlsx',
  GetAppCapabilities: () => 0,
  GetActivationMode: () => 0,
  GetControlIntegrationLevel: () => 0,
  GetSolutionToken: () => '',
  GetSupportedMatrix: () => JSON.stringify({ ExcelApi: wb.excelApi }),
  GetHostFullVersion: () => '16.0.19000.20000',
  GetSettings: () => ({
    Read(keys: string[], values: string[]) {
      for (const [k, v] of wb.documentSettingsSaved) {
        keys.push(k);
        values.push(JSON.stringify(v));
      }
    },
    Write(keys: string[], values: string[]) {
      wb.documentSettingsSaved = new Map(keys.map((k, i) => [k, JSON.parse(values[i]) as unknown]));
      wb.documentSettingsData = new Map(wb.documentSettingsSaved);
    },
  }),
};

// Excel, Windows, file version 16.01 (excel-win32-16.01.js), Chinese, logging off (no telemetry).
w.external = {
  GetHostInfo: () => 'Excel$Win32$16.01$zh-CN$$$disableLogging$0',
  GetContext: () => osfContext,
  GetLoggingAllowed: () => false,
  // Document events (settings changed elsewhere, ...): none ever fire here.
  RegisterEvent: () => undefined,
  UnregisterEvent: () => undefined,
  Execute: (id: unknown) => void w.__bridgeProblems.push(`Execute(${String(id)}): a call the fake host cannot answer`),
};

w.__afterOfficeJs = () => {
  // The real Excel.run would send each sync to Excel over the bridge; the fake runs it instead.
  void w.Office.onReady(() => {
    w.Excel.run = (a: unknown, b?: unknown) => {
      const [options, batch] = typeof a === 'function' ? [undefined, a] : [a, b];
      return host.run(batch as never, options as never);
    };
  });
};
