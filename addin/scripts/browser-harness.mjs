/**
 * Headless Chromium (Debian's /usr/bin/chromium via playwright-core) showing the built task pane
 * from a localhost server, with the real Office.js from the npm package `@microsoft/office-js`
 * served at the CDN address the page names (the CDN cannot be reached here), booting as Excel for
 * Windows against the fake workbook (test/office-stub.ts answers Office.js's host bridge and
 * stands in for Excel.run). Nothing leaves the machine: every request that is not to the local
 * server or to the Office CDN (answered from the package) is aborted and recorded.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { OFFICE_CDN_BASE, officeJsFile } from './office-js.mjs';

const ADDIN = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ADDIN, 'dist');
export const CHROMIUM = '/usr/bin/chromium';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };

let stubCode;
async function stub() {
  if (!stubCode) {
    const out = await build({ entryPoints: [join(ADDIN, 'test/office-stub.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', logLevel: 'silent' });
    stubCode = out.outputFiles[0].text;
  }
  return stubCode;
}

/** @param {{ ledger: object, excelApi?: string, date1904?: boolean, merges?: string[], width?: number, height?: number }} o */
export async function startHarness({ ledger, excelApi = '1.20', date1904 = false, merges = [], width = 420, height = 900 }) {
  if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('addin/dist is missing: run `pnpm --filter addin build` first');
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(/^([/\\])+/, '');
    if (path.startsWith('..')) return res.writeHead(403).end();
    try {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(join(DIST, path)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const userDataDir = mkdtempSync(join(tmpdir(), 'ledgerlint-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pids = [];
  const blocked = [];
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  const prelude = `window.__LEDGER__=${JSON.stringify(ledger)};window.__EXCEL_API__=${JSON.stringify(excelApi)};window.__DATE1904__=${JSON.stringify(date1904)};window.__MERGES__=${JSON.stringify(merges)};\n`;
  // One script at the page's Office.js address: the host for it, the real office.js, then the
  // switch of Excel.run to the fake (office.js finds its own folder from this script's address,
  // and loads the Excel host file and its strings from there: below, from the package).
  const code = `${prelude}${await stub()}\n${readFileSync(officeJsFile('office.js'), 'utf8')}\n;window.__afterOfficeJs();\n`;
  const office = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const path = url.startsWith(OFFICE_CDN_BASE) ? new URL(url).pathname.slice(new URL(OFFICE_CDN_BASE).pathname.length) : null;
    if (path === 'office.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: code });
    const file = path === null ? null : officeJsFile(path);
    if (file) {
      office.push(path);
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
    }
    if (url.startsWith(`http://127.0.0.1:${port}/`)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  // A large ledger is built into the fake workbook as the stub loads: give it time.
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`, { timeout: 180_000 });
  await page.waitForSelector('#check');
  return {
    page,
    blocked,
    problems,
    /** The files of the package's Office.js the page loaded besides office.js (the host's, its strings). */
    office,
    /** CPU time (ms) used so far by the main threads of this browser's page renderers (Linux; else null). */
    cpuMs: () => rendererCpuMs(userDataDir, pids),
    async close() {
      await context.close();
      await new Promise((r) => server.close(r));
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * CPU time of the renderers' main threads, from /proc (clock ticks of 10 ms): what a check costs
 * the page's thread, which wall-clock time does not show on a busy machine.
 */
function rendererCpuMs(userDataDir, pids) {
  if (process.platform !== 'linux') return null;
  if (!pids.length) {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (cmd.includes('--type=renderer') && !cmd.includes('--top-chrome-webui') && cmd.includes(userDataDir)) pids.push(pid);
      } catch {
        // gone meanwhile
      }
    }
  }
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10;
}

/** Click Check and wait for the results or the message; gives the pane's own timing (ms). */
export async function clickCheck(page) {
  // Timed inside the page: from the click to the results drawn (read, check, render).
  const total = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        document.querySelector('#check').click();
        const poll = () => {
          if ((document.querySelector('#results') || document.querySelector('#message')) && !document.querySelector('#cancel')) {
            requestAnimationFrame(() => resolve(performance.now() - t0));
          } else setTimeout(poll, 5);
        };
        poll();
      }),
  );
  return { totalMs: total, checkMs: Number(await page.getAttribute('#app', 'data-check-ms')) };
}
