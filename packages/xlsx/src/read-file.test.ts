import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_WORKBOOK_FILE_BYTES, readLedgerFile, readRegularFile } from './read-file';
import { MAX_XLSX_UNCOMPRESSED_BYTES } from './xlsx';

const dir = mkdtempSync(join(tmpdir(), 'ledgerlint-read-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tooLarge = (size: number, limit: number) => new Error(`too large: ${size} > ${limit}`);

describe('readRegularFile', () => {
  it('reads the file and says which one it read', async () => {
    const path = join(dir, 'a.csv');
    writeFileSync(path, '客户编号,回访时间\n');
    const { bytes, identity } = await readLedgerFile(path);
    expect(Buffer.from(bytes).equals(readFileSync(path))).toBe(true);
    const s = statSync(path, { bigint: true });
    expect(identity).toEqual({ dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs });
  });

  // /proc files say they hold 0 bytes: only a read that counts what it gets can stop at the limit.
  it.runIf(existsSync('/proc/self/status'))('stops at the limit even when the size on disk understates the contents', async () => {
    expect(statSync('/proc/self/status').size).toBe(0);
    await expect(readRegularFile('/proc/self/status', () => 100, tooLarge)).rejects.toThrow(/too large: 101 > 100/);
    const { bytes } = await readRegularFile('/proc/self/status', () => 2 ** 20, tooLarge);
    expect(Buffer.from(bytes).toString()).toMatch(/^Name:/);
  });

  it('has the workbook limit of the .xlsx reader', () => {
    expect(MAX_WORKBOOK_FILE_BYTES).toBe(MAX_XLSX_UNCOMPRESSED_BYTES);
  });
});
