// `pnpm docs:screenshots`: see the annotation as a clerk would, and the task pane (its 今日待办 after
// a check, the findings, Annotate: docs/images/addin-*.png, from the headless-Chromium test where
// Debian's chromium is installed). Annotates each example ledger with
// the built CLI, opens the copy in LibreOffice (headless) to make a PDF, and turns its first page
// into docs/images/<ledger>.png. Needs Debian's libreoffice-calc-nogui, fonts-noto-cjk and
// poppler-utils; CI does not run this.
//
// The picture is for people: the sheet is set to landscape, one page wide, in a scratch copy only
// (the clerk's print settings are theirs). Conditional formats use TODAY(), so rows whose next-due
// date has passed by the day you run this are red, as they would be for the clerk.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'packages/xlsx/package.json'));
const ExcelJS = require('exceljs');
const AS_OF = '2025-10-15';

for (const tool of ['soffice', 'pdftoppm']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`${tool} not found: apt-get install libreoffice-calc-nogui fonts-noto-cjk poppler-utils`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), 'ledgerlint-shots-'));
const images = join(root, 'docs/images');
mkdirSync(images, { recursive: true });
try {
  for (const file of readdirSync(join(root, 'examples/ledgers')).sort()) {
    if (!file.endsWith('.xlsx') || file.includes('.checked.')) continue;
    const profile = /^(\d{3}-[0-9a-z]+)/i.exec(file)?.[1];
    if (!profile) continue;
    const name = basename(file, '.xlsx');
    const annotated = join(work, `${name}.checked.xlsx`);
    const r = spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'annotate', join(root, 'examples/ledgers', file), '--profile', profile, '--as-of', AS_OF, '-o', annotated, '--quiet'], { encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`annotate ${file} failed: ${r.stderr}`);
    // Print setup on the scratch copy only: landscape, fit to one page wide, the data sheet first.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(annotated);
    for (const ws of wb.worksheets) ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
    await wb.xlsx.writeFile(annotated);
    execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, annotated], { stdio: 'ignore', env: { ...process.env, HOME: work } });
    const pdf = join(work, `${name}.checked.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice made no PDF for ${file}`);
    const stem = join(work, name);
    // 200 dpi, cropped to the table: the sheet sits in the top part of a landscape A4 page.
    execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', '-x', '120', '-y', '130', '-W', '2100', '-H', '640', pdf, stem]);
    const page = readdirSync(work).find((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
    if (!page) throw new Error(`pdftoppm made no page for ${file}`);
    copyFileSync(join(work, page), join(images, `${name}.png`));
    console.log(`docs/images/${name}.png`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The task pane, drawn by its Chromium test on the example ledger as of the same date.
if (existsSync('/usr/bin/chromium')) {
  const r = spawnSync('pnpm', ['--filter', 'addin', 'screenshots'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('the task pane screenshots failed');
  console.log('docs/images/addin-todo.png, addin-check.png, addin-annotate.png');
} else console.warn('task pane screenshots skipped: /usr/bin/chromium is missing (apt-get install chromium)');
