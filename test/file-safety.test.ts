// Never lose a clerk's data (issue 12): the command line on the files a clerk really has. -o naming
// the source by another spelling, --in-place on a symbolic link, a hard link, a read-only file and
// a file owned by someone else, a save by the clerk while annotate runs, temporary files of an
// interrupted run, things that are not regular files (/dev/zero, a FIFO, a socket, a folder),
// files too large to read, and a reader that closes the pipe. Each test checks the files on disk
// afterwards, not only the exit code.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { rezip, unzip } from '../packages/xlsx/src/testing-workbook';
import { cli, requireFromXlsx, root, tempDir } from './helpers';

// The clerk's save during a run happens here: between annotate's read and its write (test-only).
const hooks = vi.hoisted(() => ({ beforeWrite: undefined as undefined | (() => void) }));
vi.mock('../packages/xlsx/src/atomic-write', async (importOriginal) => {
  const real = await importOriginal<typeof import('../packages/xlsx/src/atomic-write')>();
  return {
    ...real,
    writeWorkbookAtomic: (...args: Parameters<typeof real.writeWorkbookAtomic>) => {
      hooks.beforeWrite?.();
      return real.writeWorkbookAtomic(...args);
    },
  };
});

const ExcelJS = requireFromXlsx('exceljs');
const example = join(root, 'examples/ledgers/002-1-car-dealer.xlsx');
const AS_OF = '2025-10-15';
const MiB = 2 ** 20;
const isRoot = process.getuid?.() === 0;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}

/** A copy of the example ledger in a fresh folder. */
function ledger(name = 'ledger.xlsx'): { dir: string; src: string } {
  const dir = folder();
  const src = join(dir, name);
  copyFileSync(example, src);
  return { dir, src };
}

async function sheets(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w: { name: string }) => w.name);
}

/** Exit 2, both languages, the pattern in the message, no stack trace, nothing on stdout. */
function refused(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^错误：[\s\S]*\nError: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |内部错误|Internal error/);
}

async function timed<T>(run: () => Promise<T>): Promise<T & { ms: number; grewMiB: number }> {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  try {
    const r = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ...r, ms: performance.now() - t0, grewMiB: (peak - rss0) / MiB };
  } finally {
    clearInterval(timer);
  }
}

describe('2. -o naming the source itself', () => {
  it('is refused however it is spelled (absolute for a relative source, a symbolic link, a hard link), and the source keeps its workbook protection', async () => {
    const { dir, src } = ledger();
    // The case: a protected workbook, whose copy lacks the protection.
    const parts = new Map<string, Buffer | string>(unzip(readFileSync(src)));
    const workbookXml = parts.get('xl/workbook.xml')!.toString().replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>');
    expect(workbookXml).toContain('<workbookProtection');
    parts.set('xl/workbook.xml', workbookXml);
    writeFileSync(src, rezip(parts));
    const before = readFileSync(src);
    symlinkSync(src, join(dir, 'link.xlsx'));
    linkSync(src, join(dir, 'hard.xlsx'));
    for (const [source, output] of [
      [relative(process.cwd(), src), src],
      [src, join(dir, 'link.xlsx')],
      [src, join(dir, 'hard.xlsx')],
    ]) {
      refused(await cli('annotate', source, '--profile', '002-1', '--as-of', AS_OF, '-o', output), /就是原文件[\s\S]*is the source/);
      refused(await cli('clear', source, '-o', output), /就是原文件[\s\S]*is the source/);
    }
    expect(readFileSync(src).equals(before)).toBe(true);
    // What was at stake: a copy lacks the protection.
    expect((await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '-o', join(dir, 'copy.xlsx'))).stderr).toMatch(/copy lacks these parts of the source: workbook protection/);
    rmSync(join(dir, 'copy.xlsx'));
    expect(lstatSync(join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'hard.xlsx')).ino).toBe(statSync(src).ino);
    expect(readdirSync(dir).sort()).toEqual(['hard.xlsx', 'ledger.xlsx', 'link.xlsx']);
  });

  it('annotating an annotated copy (x.checked.xlsx) without -o is refused: its default output name is itself', async () => {
    const { dir, src } = ledger();
    const checked = join(dir, 'ledger.checked.xlsx');
    expect((await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--quiet')).code).toBe(1);
    const before = readFileSync(checked);
    refused(await cli('annotate', checked, '--profile', '002-1', '--as-of', AS_OF), /默认的输出文件名就是它自己[\s\S]*default output name is the file itself/);
    expect(readFileSync(checked).equals(before)).toBe(true);
    // --in-place updates it, as asked.
    expect((await cli('annotate', checked, '--profile', '002-1', '--as-of', AS_OF, '--in-place', '--quiet')).code).toBe(1);
  });
});

describe('3. --in-place on the files a clerk has', () => {
  it('a symbolic link: its target is rewritten and the link stays a link', async () => {
    const { dir, src } = ledger();
    symlinkSync('ledger.xlsx', join(dir, '回访.xlsx'));
    expect((await cli('annotate', join(dir, '回访.xlsx'), '--profile', '002-1', '--as-of', AS_OF, '--in-place')).code).toBe(1);
    expect(readlinkSync(join(dir, '回访.xlsx'))).toBe('ledger.xlsx');
    expect(await sheets(src)).toContain('ledgerlint汇总');
    expect(readdirSync(dir).sort()).toEqual(['ledger.xlsx', '回访.xlsx']);
  });

  it('a file with another hard link is refused, both names unchanged and still one file', async () => {
    const { dir, src } = ledger();
    linkSync(src, join(dir, 'backup.xlsx'));
    const before = readFileSync(src);
    refused(await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--in-place'), /硬链接[\s\S]*hard links[\s\S]*-o/);
    expect(readFileSync(join(dir, 'backup.xlsx')).equals(before)).toBe(true);
    expect(statSync(src).nlink).toBe(2);
  });

  it('a read-only (0444) file is refused with a clear message, even for root, and left as it was', async () => {
    const { src } = ledger();
    chmodSync(src, 0o444);
    const before = readFileSync(src);
    refused(await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--in-place'), /只读文件[\s\S]*is read-only/);
    refused(await cli('clear', src, '--in-place'), /只读文件[\s\S]*is read-only/);
    expect(readFileSync(src).equals(before)).toBe(true);
    expect(statSync(src).mode & 0o777).toBe(0o444);
  });

  it.runIf(isRoot)('a clerk\'s file stays the clerk\'s (owner, group, mode) when root rewrites it', async () => {
    const { src } = ledger();
    chownSync(src, 1000, 1000);
    chmodSync(src, 0o660);
    expect((await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--in-place')).code).toBe(1);
    const s = statSync(src);
    expect([s.uid, s.gid, s.mode & 0o777]).toEqual([1000, 1000, 0o660]);
    expect(await sheets(src)).toContain('ledgerlint汇总');
  });
});

describe('4. the clerk saves while annotate --in-place runs', () => {
  it('the save is kept, the result is written beside it, and the message says where', async () => {
    const { dir, src } = ledger();
    const saved = Buffer.concat([readFileSync(example), Buffer.from('the clerk saved')]);
    hooks.beforeWrite = () => {
      // As Excel saves: a new file renamed over the old one.
      writeFileSync(join(dir, 'excel-save.tmp'), saved);
      execFileSync('mv', [join(dir, 'excel-save.tmp'), src]);
    };
    try {
      const r = await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--in-place');
      refused(r, /读取之后被修改过[\s\S]*changed after it was read/);
      expect(readFileSync(src).equals(saved)).toBe(true);
      const kept = readdirSync(dir).filter((f) => f !== 'ledger.xlsx');
      expect(kept).toEqual([expect.stringMatching(/^ledger\.ledgerlint-\d{8}-\d{6}\.xlsx$/)]);
      expect(r.stderr).toContain(join(dir, kept[0]));
      expect(await sheets(join(dir, kept[0]))).toContain('ledgerlint汇总');
    } finally {
      hooks.beforeWrite = undefined;
    }
  });
});

describe('5. temporary files of an interrupted run', () => {
  it('are removed by the next run in that folder (theirs only: their process is gone)', async () => {
    const { dir, src } = ledger();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('exit', r));
    const stale = `.ledger.xlsx.${dead.pid}.a1b2c3d4e5f6.tmp`;
    writeFileSync(join(dir, stale), readFileSync(example));
    expect((await cli('annotate', src, '--profile', '002-1', '--as-of', AS_OF, '--in-place')).code).toBe(1);
    expect(readdirSync(dir)).toEqual(['ledger.xlsx']);
  });
  // SIGINT and SIGTERM during the write: packages/xlsx/src/atomic-write.test.ts ("temporary files").
});

describe('8. anything but a regular file is refused at once; every read is bounded', () => {
  it('/dev/zero, a FIFO named .csv, a socket and a folder: check and annotate end in exit 2 at once, memory flat', async () => {
    const dir = folder();
    const fifo = join(dir, 'ledger.csv');
    execFileSync('mkfifo', [fifo]);
    const socket = join(dir, 'socket.csv');
    const server = createServer();
    await new Promise<void>((r) => server.listen(socket, r));
    try {
      const cases: [string, RegExp][] = [
        ['/dev/zero', /而是设备[\s\S]*but a device/],
        [fifo, /而是命名管道（FIFO）[\s\S]*but a named pipe \(FIFO\)/],
        [socket, /而是套接字[\s\S]*but a socket/],
        [dir, /而是文件夹[\s\S]*but a folder/],
      ];
      for (const [file, pattern] of cases) {
        for (const argv of [['check', file, '--profile', '002-1'], ['annotate', file, '--profile', '002-1', '-o', join(dir, 'out.xlsx')]]) {
          const r = await timed(() => cli(...argv));
          refused(r, pattern);
          expect(r.ms, `${argv[0]} ${file}: ${r.ms.toFixed(0)} ms`).toBeLessThan(1000);
          expect(r.grewMiB, `${argv[0]} ${file}`).toBeLessThan(64);
        }
      }
    } finally {
      server.close();
    }
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('clear on a FIFO, -o naming a FIFO and a FIFO as --profile are refused too, and the FIFO stays one', async () => {
    const dir = folder();
    const fifo = join(dir, 'ledger.xlsx');
    execFileSync('mkfifo', [fifo]);
    const profile = join(dir, 'profile.json');
    execFileSync('mkfifo', [profile]);
    refused(await cli('clear', fifo, '--in-place'), /命名管道[\s\S]*named pipe/);
    // Without the check, the rename would replace it (as root, `-o /dev/null` would replace the device).
    refused(await cli('annotate', example, '--profile', '002-1', '--as-of', AS_OF, '-o', fifo), /命名管道[\s\S]*named pipe/);
    refused(await cli('check', example, '--profile', profile), /profile\.json[\s\S]*named pipe/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['ledger.xlsx', 'profile.json']);
  });

  it('a 1.9 GB CSV is refused from its size before reading (file-too-large), at once and memory flat', async () => {
    const dir = folder();
    const path = join(dir, 'huge.csv');
    writeFileSync(path, '客户编号,回访时间\n');
    // Sparse: no disk used; without the bound it was read whole before the 256 MiB limit refused it.
    truncateSync(path, 1900 * 1000 * 1000);
    const r = await timed(() => cli('check', path, '--profile', '002-1'));
    refused(r, /有 1,812 MiB，超过文本台账的上限 256 MiB[\s\S]*is 1,812 MiB, more than the limit of 256 MiB/);
    expect(r.ms).toBeLessThan(1000);
    expect(r.grewMiB).toBeLessThan(64);
  });

  it('a workbook over 1 GiB is refused from its size before reading (workbook-file-too-large)', async () => {
    const dir = folder();
    const path = join(dir, 'huge.xlsx');
    writeFileSync(path, readFileSync(example));
    truncateSync(path, 1100 * MiB);
    const r = await timed(() => cli('annotate', path, '--profile', '002-1', '--in-place'));
    refused(r, /有 1,100 MiB，超过工作簿文件的上限 1,024 MiB[\s\S]*is 1,100 MiB, more than the limit of 1,024 MiB for a workbook file/);
    expect(r.ms).toBeLessThan(1000);
    expect(r.grewMiB).toBeLessThan(64);
  });
});

describe('11. a reader that closes the pipe early', () => {
  it('`check big.xlsx | head -1`: no EPIPE stack trace, the exit code is the check\'s own (built CLI)', async () => {
    const bin = join(root, 'packages/cli/dist/bin.js');
    const child = spawn(process.execPath, [bin, 'check', example, '--profile', '002-1', '--as-of', AS_OF], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader is gone before the report is printed.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect(stderr).toBe('');
    expect(signal).toBe(null);
    expect(code).toBe(1);
  });
});

describe('14. a CSV too large for one read (3 GB)', () => {
  it('gets the file-too-large refusal in both languages, not "ERR_FS_FILE_TOO_LARGE: it may be a folder"', async () => {
    const dir = folder();
    const path = join(dir, 'huge.csv');
    writeFileSync(path, '客户编号,回访时间\n');
    truncateSync(path, 3 * 2 ** 30);
    const r = await timed(() => cli('check', path, '--profile', '002-1'));
    refused(r, /huge\.csv 有 3,072 MiB，超过文本台账的上限 256 MiB。请按年份或月份拆分[\s\S]*huge\.csv is 3,072 MiB, more than the limit of 256 MiB for a text ledger/);
    expect(r.stderr).not.toMatch(/ERR_FS_FILE_TOO_LARGE|文件夹|folder/);
    expect(r.ms).toBeLessThan(1000);
  });
});
