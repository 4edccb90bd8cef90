import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { isLedgerlintError, type LedgerlintError } from '@ledgerlint/policy';
import { checkWriteTarget, writeFileAtomic, writeWorkbookAtomic } from './atomic-write';
import { identityOf, readLedgerFile } from './read-file';

const root = mkdtempSync(join(tmpdir(), 'ledgerlint-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir = '';
let n = 0;
beforeEach(() => {
  dir = join(root, String(++n));
  mkdirSync(dir);
});

const isRoot = process.getuid?.() === 0;
const NEW = Buffer.from('new contents');

async function expectError(p: Promise<unknown>, code: string): Promise<LedgerlintError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(isLedgerlintError(e), String(e)).toBe(true);
  expect((e as LedgerlintError).code).toBe(code);
  return e as LedgerlintError;
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('回访').getCell('A1').value = '客户编号';
  return wb;
}

describe('writeWorkbookAtomic', () => {
  it('replaces the target in one step and leaves no temporary file', async () => {
    const target = join(dir, '回访.xlsx');
    writeFileSync(target, 'old');
    await writeWorkbookAtomic(workbook(), target);
    expect(readdirSync(dir)).toEqual(['回访.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(target) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('回访')?.getCell('A1').value).toBe('客户编号');
  });

  it('on failure throws write-failed and leaves neither a temporary file nor a half-written target', async () => {
    writeFileSync(join(dir, 'target.xlsx'), 'old');
    // A missing directory.
    const e = await expectError(writeWorkbookAtomic(workbook(), join(dir, 'nope', 'x.xlsx')), 'write-failed');
    expect(e.params.file).toBe(join(dir, 'nope', 'x.xlsx'));
    // exceljs failing while rendering: nothing is created.
    const broken = workbook();
    broken.getWorksheet('回访')!.getCell('A1').value = { formula: 'A2', result: 1 };
    (broken.getWorksheet('回访') as unknown as { _rows: unknown[] })._rows[0] = { get model() { throw new Error('boom'); } };
    const e2 = await expectError(writeWorkbookAtomic(broken, join(dir, 'broken.xlsx')), 'write-failed');
    expect(e2.params.reason).toBe('boom');
    // Failing halfway through the temporary file: it is removed, the target untouched.
    async function* failing() {
      yield Buffer.from('half');
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    }
    const e3 = await expectError(writeFileAtomic(failing(), join(dir, 'target.xlsx')), 'write-failed');
    expect(e3.params.reason).toBe('ENOSPC');
    expect(readdirSync(dir)).toEqual(['target.xlsx']);
    expect(readFileSync(join(dir, 'target.xlsx'), 'utf8')).toBe('old');
  });
});

describe('writeFileAtomic keeps what the clerk had', () => {
  it('follows a symbolic link: the link stays a link and its target gets the new contents', async () => {
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'ledger.xlsx');
    writeFileSync(real, 'old');
    const link = join(dir, 'link.xlsx');
    symlinkSync(join('real', 'ledger.xlsx'), link);
    await writeFileAtomic(NEW, link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join('real', 'ledger.xlsx'));
    expect(readFileSync(real)).toEqual(NEW);
    expect(readdirSync(join(dir, 'real'))).toEqual(['ledger.xlsx']);
  });

  it('keeps the exact permissions (0664 under umask 022 stays 0664)', async () => {
    const target = join(dir, 'ledger.xlsx');
    writeFileSync(target, 'old');
    chmodSync(target, 0o664);
    const umask = process.umask(0o022);
    try {
      await writeFileAtomic(NEW, target);
    } finally {
      process.umask(umask);
    }
    expect(statSync(target).mode & 0o777).toBe(0o664);
  });

  it.runIf(isRoot)('gives the file back to its owner when root rewrites it', async () => {
    const target = join(dir, 'ledger.xlsx');
    writeFileSync(target, 'old');
    chownSync(target, 1000, 1001);
    await writeFileAtomic(NEW, target);
    const s = statSync(target);
    expect([s.uid, s.gid]).toEqual([1000, 1001]);
    expect(readFileSync(target)).toEqual(NEW);
  });

  it('refuses a read-only file (even for root), a file with other hard links, and anything but a regular file', async () => {
    const readOnly = join(dir, 'readonly.xlsx');
    writeFileSync(readOnly, 'old');
    chmodSync(readOnly, 0o444);
    await expectError(writeFileAtomic(NEW, readOnly), 'target-read-only');
    expect(readFileSync(readOnly, 'utf8')).toBe('old');
    expect(statSync(readOnly).mode & 0o777).toBe(0o444);

    const linked = join(dir, 'linked.xlsx');
    writeFileSync(linked, 'old');
    linkSync(linked, join(dir, 'other-name.xlsx'));
    const e = await expectError(writeFileAtomic(NEW, linked), 'target-hard-linked');
    expect(e.params.others).toBe(1);
    expect(readFileSync(join(dir, 'other-name.xlsx'), 'utf8')).toBe('old');
    expect(statSync(linked).nlink).toBe(2);

    mkdirSync(join(dir, 'folder.xlsx'));
    expect((await expectError(writeFileAtomic(NEW, join(dir, 'folder.xlsx')), 'not-a-file')).en).toMatch(/a folder/);
    execFileSync('mkfifo', [join(dir, 'fifo.xlsx')]);
    expect((await expectError(writeFileAtomic(NEW, join(dir, 'fifo.xlsx')), 'not-a-file')).en).toMatch(/a named pipe/);
    expect(lstatSync(join(dir, 'fifo.xlsx')).isFIFO()).toBe(true);
    // Checked without writing: a character device is never replaced (as root, a rename would).
    expect((await expectError(checkWriteTarget('/dev/null'), 'not-a-file')).en).toMatch(/a device/);
    expect(readdirSync(dir).sort()).toEqual(['fifo.xlsx', 'folder.xlsx', 'linked.xlsx', 'other-name.xlsx', 'readonly.xlsx']);
  });

  it('does not replace a source that changed since it was read: the clerk\'s save stays, the result is kept beside it', async () => {
    const target = join(dir, '回访.xlsx');
    writeFileSync(target, 'what was read');
    const { identity } = await readLedgerFile(target);
    // The clerk saves (Excel writes a new file and renames it over the old one).
    writeFileSync(join(dir, 'saved.tmp'), "the clerk's save");
    execFileSync('mv', [join(dir, 'saved.tmp'), target]);
    const e = await expectError(writeFileAtomic(NEW, target, { source: { path: target, identity } }), 'source-changed');
    expect(readFileSync(target, 'utf8')).toBe("the clerk's save");
    const kept = String(e.params.kept);
    expect(kept).toMatch(/回访\.ledgerlint-\d{8}-\d{6}\.xlsx$/);
    expect(readFileSync(kept)).toEqual(NEW);
    expect(e.zh).toContain(kept);
    expect(e.en).toContain(kept);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Saved in place (same inode, new size and time): also seen.
    const { identity: again } = await readLedgerFile(target);
    writeFileSync(target, "the clerk's second save");
    await expectError(writeFileAtomic(NEW, target, { source: { path: target, identity: again } }), 'source-changed');
    expect(readFileSync(target, 'utf8')).toBe("the clerk's second save");

    // Unchanged: replaced.
    const current = identityOf(await stat(target, { bigint: true }));
    await writeFileAtomic(NEW, target, { source: { path: target, identity: current } });
    expect(readFileSync(target)).toEqual(NEW);
  });
});

describe('temporary files', () => {
  it('removes those an interrupted run left for this target, and nothing else', async () => {
    const target = join(dir, 'ledger.xlsx');
    writeFileSync(target, 'old');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = `.ledger.xlsx.${dead}.0123456789ab.tmp`;
    const keep = [
      `.ledger.xlsx.${process.pid}.0123456789ab.tmp`, // a write of this process
      `.ledger.xlsx.1.0123456789ab.tmp`, // a process that runs
      `.other.xlsx.${dead}.0123456789ab.tmp`, // another file's
      `.ledger.xlsx.${dead}.backup`, // not ours
    ];
    for (const name of [stale, ...keep]) writeFileSync(join(dir, name), 'full size');
    await writeFileAtomic(NEW, target);
    expect(readdirSync(dir).sort()).toEqual([...keep, 'ledger.xlsx'].sort());
  });

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`removes its own on ${signal} and exits ${code}, the target untouched`, async () => {
      const target = join(dir, 'ledger.xlsx');
      writeFileSync(target, 'old');
      // A child writing slowly: it stops after the first chunk until the signal comes.
      const script = join(dir, 'writer.mts');
      writeFileSync(
        script,
        `import { writeFileAtomic } from ${JSON.stringify(fileURLToPath(new URL('./atomic-write.ts', import.meta.url)))};
async function* slow() { yield new Uint8Array(1 << 20); process.stdout.write('writing\\n'); await new Promise((r) => setTimeout(r, 60_000)); }
await writeFileAtomic(slow(), ${JSON.stringify(target)});
`,
      );
      const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: fileURLToPath(new URL('../../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d) => String(d).includes('writing') && resolve());
        child.on('exit', () => reject(new Error(`child ended early: ${stderr}`)));
      });
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
      child.kill(signal);
      const exit = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(exit, stderr).toBe(code);
      expect(readdirSync(dir).sort()).toEqual(['ledger.xlsx', 'writer.mts']);
      expect(readFileSync(target, 'utf8')).toBe('old');
    });
  }
});
