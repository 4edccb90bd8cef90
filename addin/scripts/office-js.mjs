/**
 * Office.js from the npm package `@microsoft/office-js`, for what cannot reach Microsoft's CDN:
 * the browser tests (scripts/browser-harness.mjs) and the dev server's --offline mode. The
 * production page keeps the CDN's address (store add-ins must load Office.js from there), and
 * nothing of the package is bundled into the add-in's JavaScript.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';

/** The folder the page's `<script src=".../office.js">` loads from: Office.js loads its other files from the same folder. */
export const OFFICE_CDN_BASE = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** The package's dist folder (office.js, the per-host files such as excel-win32-16.01.js, the locale folders). */
export const OFFICE_JS_DIST = join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');

/**
 * The package's file for a path under the CDN folder (`office.js`, `zh-cn/office_strings.js`),
 * or null when there is none or the path leaves the folder.
 */
export function officeJsFile(path) {
  const rel = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  if (!rel || rel.startsWith('..') || rel.includes(`${sep}..${sep}`)) return null;
  const file = join(OFFICE_JS_DIST, rel);
  if (!file.startsWith(OFFICE_JS_DIST + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
