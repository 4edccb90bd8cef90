/** Shared helpers of the cross-package tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../packages/cli/src/index';

/** Packages of the xlsx package (exceljs, iconv-lite), which the root does not depend on. */
export const requireFromXlsx = createRequire(fileURLToPath(new URL('../packages/xlsx/package.json', import.meta.url)));

export const root = fileURLToPath(new URL('..', import.meta.url));

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ledgerlint-test-'));
}

/** Write a CSV (UTF-8 by default, or GBK) and return its path. */
export function writeCsv(dir: string, name: string, rows: (string | null)[][], encoding: 'utf-8' | 'gbk' = 'utf-8'): string {
  const text = rows.map((r) => r.map((v) => (v === null ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\r\n') + '\r\n';
  const path = join(dir, name);
  writeFileSync(path, encoding === 'gbk' ? requireFromXlsx('iconv-lite').encode(text, 'gbk') : text);
  return path;
}

/** Run the command line in-process. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}
