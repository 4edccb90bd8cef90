#!/usr/bin/env node
/**
 * Dev server for `pnpm --filter addin start`: serves addin/dist over HTTPS on localhost:3000 with
 * the Office dev certificate (office-addin-dev-certs installs it on Windows and Mac the first
 * time). Only for a developer's machine with Excel; CI never runs it.
 *
 * `--offline` (`pnpm --filter addin dev-server:offline`): for a machine that cannot reach
 * Microsoft's CDN. The page is served with its Office.js `<script>` pointed at `office-js/office.js`
 * on this server, and that folder is the npm package `@microsoft/office-js` (Office.js loads the
 * host's own file and its strings from the folder it came from, so they come from here too). Only
 * the served page changes: dist/taskpane.html keeps the CDN address, as a store add-in must.
 */
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFICE_CDN_BASE, officeJsFile } from './office-js.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const PORT = Number(process.env.PORT ?? 3000);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml', '.json': 'application/json' };
/** Where the offline page finds Office.js: a folder of this server, relative to the page. */
export const OFFLINE_OFFICE = 'office-js/';

/** The page with Office.js from this server instead of the CDN (its CSP's script-src 'self' allows it). */
export function offlinePage(html) {
  const cdn = `${OFFICE_CDN_BASE}office.js`;
  if (!html.includes(`src="${cdn}"`)) throw new Error(`dev-server --offline: the page does not load ${cdn}`);
  return html.replace(`src="${cdn}"`, `src="${OFFLINE_OFFICE}office.js"`);
}

/** The request handler: dist/ as it is, or with `offline` the page rewritten and office-js/ from the package. */
export function devHandler({ dist = DIST, offline = false } = {}) {
  return async (req, res) => {
    // In forward slashes on every system (normalize gives backslashes on Windows).
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)).replace(/\\/g, '/').replace(/^\/+/, '');
    if (path.startsWith('..')) return res.writeHead(403).end();
    const send = (type, body) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    try {
      if (offline && path.startsWith(OFFLINE_OFFICE)) {
        const file = officeJsFile(path.slice(OFFLINE_OFFICE.length));
        if (!file) return res.writeHead(404).end();
        return send(TYPES['.js'], await readFile(file));
      }
      const file = path || 'taskpane.html';
      const body = await readFile(join(dist, file));
      if (offline && file === 'taskpane.html') return send(TYPES['.html'], offlinePage(body.toString('utf8')));
      send(TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      res.writeHead(404).end();
    }
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const offline = process.argv.includes('--offline');
  const { getHttpsServerOptions } = await import('office-addin-dev-certs');
  const options = await getHttpsServerOptions();
  createServer(options, devHandler({ offline })).listen(PORT, 'localhost', () =>
    console.log(`ledgerlint add-in: https://localhost:${PORT}/taskpane.html${offline ? ' (Office.js from @microsoft/office-js, not the CDN)' : ''}`),
  );
}
