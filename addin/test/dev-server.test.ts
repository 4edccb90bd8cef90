// The dev server's --offline mode: the page loads Office.js from this server, which serves the
// npm package @microsoft/office-js; without the flag, and in dist/, the page keeps the CDN.
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module
import { devHandler, offlinePage } from '../scripts/dev-server.mjs';
// @ts-expect-error plain JS module
import { OFFICE_JS_DIST, officeJsFile } from '../scripts/office-js.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const built = existsSync(`${dist}taskpane.html`);
const CDN = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

async function serve(offline: boolean): Promise<{ server: Server; url: string }> {
  const server = createServer(devHandler({ offline }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` };
}

describe.skipIf(!built)('dev server (skipped when the add-in is not built)', () => {
  let online: { server: Server; url: string };
  let offline: { server: Server; url: string };
  beforeAll(async () => {
    online = await serve(false);
    offline = await serve(true);
  });
  afterAll(async () => {
    for (const s of [online, offline]) await new Promise((r) => s?.server.close(r));
  });

  it('serves the page as built, with Office.js from the CDN', async () => {
    const html = await (await fetch(`${online.url}taskpane.html`)).text();
    expect(html).toBe(readFileSync(`${dist}taskpane.html`, 'utf8'));
    expect(html).toContain(CDN);
    expect((await fetch(`${online.url}office-js/office.js`)).status).toBe(404);
  });

  it('--offline: the page loads office-js/office.js from the server, which is the package\'s; dist/ is not changed', async () => {
    const html = await (await fetch(`${offline.url}taskpane.html`)).text();
    expect(html).not.toContain('appsforoffice.microsoft.com/lib');
    expect(html).toContain('<script src="office-js/office.js"></script>');
    // Only the script's address differs; the CSP (script-src 'self') allows it.
    expect(html.replace('office-js/office.js', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js')).toBe(readFileSync(`${dist}taskpane.html`, 'utf8'));
    const office = await fetch(`${offline.url}office-js/office.js`);
    expect(office.status).toBe(200);
    expect(office.headers.get('content-type')).toMatch(/javascript/);
    expect(Buffer.from(await office.arrayBuffer()).equals(readFileSync(`${OFFICE_JS_DIST}/office.js`))).toBe(true);
    // The files office.js loads next, from its own folder.
    expect((await fetch(`${offline.url}office-js/excel-win32-16.01.js`)).status).toBe(200);
    expect((await fetch(`${offline.url}office-js/zh-cn/office_strings.js`)).status).toBe(200);
    expect(readFileSync(`${dist}taskpane.html`, 'utf8')).toContain(CDN);
  });

  it('--offline serves nothing outside the package\'s dist folder', async () => {
    for (const p of ['office-js/../package.json', 'office-js/%2e%2e/package.json', 'office-js/..%2F..%2Fpackage.json', 'office-js/']) expect((await fetch(`${offline.url}${p}`)).status).not.toBe(200);
    expect(officeJsFile('../package.json')).toBeNull();
    expect(officeJsFile('zh-cn')).toBeNull();
  });

  it('refuses to rewrite a page that does not load Office.js from the CDN', () => {
    expect(() => offlinePage('<html></html>')).toThrow(/does not load/);
  });
});
