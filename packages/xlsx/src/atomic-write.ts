/**
 * Writing a clerk's file without ever losing what is in it. The new contents go to a temporary
 * file beside the target (`.name.<pid>.<12 hex>.tmp`), flushed to disk, then renamed over it, so
 * the target is either the old file or the complete new one. Around that:
 * - a symbolic link is followed: its target is rewritten and the link stays a link;
 * - only a regular file is replaced (never a device, FIFO or folder);
 * - a read-only file is refused, and so is a file with other hard links (see checkWriteTarget);
 * - the new file gets the old one's permissions and, when we may, its owner;
 * - when the caller says which file it read (`source`), the target is only replaced if that file
 *   is still the one read; otherwise the result is kept beside it under another name;
 * - temporary files of runs that died are removed, and ours is removed on SIGINT or SIGTERM.
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync, type BigIntStats } from 'node:fs';
import { access, lstat, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { isLedgerlintError, type LedgerlintError } from '@ledgerlint/policy';
import { readError } from './errors';
import { identityOf, sameIdentity, specialKind, type FileIdentity } from './read-file';

export interface AtomicWriteOptions {
  /**
   * The file the new contents were made from, with its identity when it was read
   * (`readLedgerFile(path).identity`); give it when the write replaces that file. Just before the
   * rename the source must still be that file, unchanged: if the clerk saved it meanwhile, it is
   * left alone and the new contents are kept beside it (`source-changed`, naming where).
   */
  source?: { path: string; identity: FileIdentity };
}

/** The file a write would replace: the link's target for a symbolic link; `stats` null when it does not exist yet. */
export interface WriteTarget {
  path: string;
  stats: BigIntStats | null;
}

function writeFailed(path: string, e: unknown): LedgerlintError {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message.split('\n', 1)[0] : String(e);
  return readError('write-failed', { file: path, reason: typeof code === 'string' ? code : message.slice(0, 200) });
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Check that `path` may be written, before any work is spent: throws `not-a-file` (a folder,
 * device, FIFO...), `target-read-only` (no write permission bit for anyone, or none for us),
 * `target-hard-linked`, or `write-failed`. Resolves to the file that would be replaced.
 *
 * A file with other hard links is refused rather than rewritten: a rename would split the links
 * (the other names keep the old contents) and copying the bytes over the file in place would not
 * be atomic (a crash halfway leaves a half-written ledger under every name). Refusing loses nothing.
 * @example await checkWriteTarget('客户回访记录表.xlsx') // { path: '/home/clerk/客户回访记录表.xlsx', stats }
 */
export async function checkWriteTarget(path: string): Promise<WriteTarget> {
  // A link is followed (its target is what the clerk edits); a new file has no real path yet.
  const real = await realpath(path).catch((e: { code?: string }) => {
    if (e.code === 'ENOENT') return path;
    throw writeFailed(path, e);
  });
  const stats = await stat(real, { bigint: true }).catch((e: { code?: string }) => {
    if (e.code === 'ENOENT') return null;
    throw writeFailed(path, e);
  });
  if (!stats) return { path: real, stats };
  const kind = specialKind(stats);
  if (kind) throw readError('not-a-file', { file: path, ...kind });
  // Root may write anything: the permission bits are then the clerk's only way to say "keep".
  const writable = (stats.mode & 0o222n) !== 0n && (isRoot() || (await access(real, constants.W_OK).then(() => true, () => false)));
  if (!writable) throw readError('target-read-only', { file: path });
  if (stats.nlink > 1n) throw readError('target-hard-linked', { file: path, others: Number(stats.nlink - 1n) });
  return { path: real, stats };
}

// ---------------------------------------------------------------------------------------------
// Temporary files: ours to remove when their run is gone.

const TEMP_SUFFIX = /^(\d+)\.[0-9a-f]{12}\.tmp$/;

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as { code?: string }).code === 'EPERM';
  }
}

/**
 * Remove the temporary files an interrupted write to `target` left (`.name.<pid>.<hex>.tmp`,
 * whose process no longer runs). Others' files and our live writes are left alone.
 */
async function removeStaleTemps(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  const dir = dirname(target);
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const pid = entry.startsWith(prefix) ? TEMP_SUFFIX.exec(entry.slice(prefix.length))?.[1] : undefined;
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    const file = join(dir, entry);
    if ((await lstat(file).catch(() => null))?.isFile()) await unlink(file).catch(() => undefined);
  }
}

/** Temporary files being written now, removed should the process be interrupted. */
const pending = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or removed.
    }
  }
  // Listening replaced Node's default for the signal; when ours is the only listener, end as
  // that default would (128 + the signal's number). An app with its own handler decides itself.
  if (process.listenerCount(signal) === 1) process.exit(signal === 'SIGINT' ? 130 : 143);
}

function track(temp: string): void {
  if (pending.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  pending.add(temp);
}

function untrack(temp: string): void {
  if (!pending.delete(temp) || pending.size > 0) return;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

// ---------------------------------------------------------------------------------------------

/**
 * Give the new file the old one's permissions and owner. Root rewriting a clerk's file must not
 * leave it root's; without that right (not root) the new file is the writer's, who could write the
 * old one anyway, and the group is kept when we belong to it.
 */
async function keepOwnerAndMode(handle: FileHandle, old: BigIntStats): Promise<void> {
  const uid = Number(old.uid);
  const gid = Number(old.gid);
  const now = await handle.stat();
  if (now.uid !== uid || now.gid !== gid) await handle.chown(uid, gid).catch(() => handle.chown(-1, gid).catch(() => undefined));
  await handle.chmod(Number(old.mode & 0o777n));
}

async function unchanged(source: { path: string; identity: FileIdentity }): Promise<boolean> {
  const now = await stat(source.path, { bigint: true }).catch(() => null);
  return now !== null && sameIdentity(identityOf(now), source.identity);
}

/** Move the finished temporary file to a new name beside the target, never replacing a file. */
async function keepBeside(temp: string, target: string): Promise<string> {
  const ext = extname(target);
  const stem = join(dirname(target), basename(target, ext));
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
  for (let n = 1; ; n++) {
    const kept = `${stem}.ledgerlint-${stamp}${n > 1 ? `-${n}` : ''}${ext}`;
    if (await lstat(kept).then(() => false, () => true)) {
      await rename(temp, kept);
      return kept;
    }
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable where the platform allows syncing a directory.
  await open(dir, 'r')
    .then(async (d) => {
      try {
        await d.sync();
      } finally {
        await d.close();
      }
    })
    .catch(() => undefined);
}

/**
 * Write `data` to `path` atomically, keeping what the clerk had (see the top of this file).
 * Throws `write-failed`, `not-a-file`, `target-read-only`, `target-hard-linked`, `source-changed`.
 * @example await writeFileAtomic(bytes, '回访.xlsx', { source: { path: '回访.xlsx', identity } });
 */
export async function writeFileAtomic(data: Uint8Array | AsyncIterable<Uint8Array>, path: string, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await checkWriteTarget(path);
  await removeStaleTemps(target.path);
  const temp = tempName(target.path);
  let created = false;
  try {
    // Private while incomplete; the target's own permissions are set once written.
    const handle = await open(temp, 'wx', target.stats ? 0o600 : 0o666);
    created = true;
    track(temp);
    try {
      // writeFile on a handle continues at its position: chunks follow one another.
      if (data instanceof Uint8Array) await handle.writeFile(data);
      else for await (const chunk of data) await handle.writeFile(chunk);
      if (target.stats) await keepOwnerAndMode(handle, target.stats);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The clerk may have saved the source while we worked: then their save wins. (A save in the
    // instant between this check and the rename can still be replaced; no portable lock closes it.)
    if (options.source && !(await unchanged(options.source))) {
      const kept = await keepBeside(temp, target.path);
      created = false;
      throw readError('source-changed', { file: options.source.path, kept });
    }
    await rename(temp, target.path);
    created = false;
    await syncDirectory(dirname(target.path));
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    throw isLedgerlintError(e) ? e : writeFailed(path, e);
  } finally {
    untrack(temp);
  }
}

/**
 * Write the workbook to `path` with {@link writeFileAtomic}; the target is checked before the
 * workbook is rendered, so a refusal costs nothing.
 * @example await writeWorkbookAtomic(workbook, '客户回访记录表.xlsx');
 */
export async function writeWorkbookAtomic(workbook: ExcelJS.Workbook, path: string, options: AtomicWriteOptions = {}): Promise<void> {
  await checkWriteTarget(path);
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  } catch (e) {
    throw writeFailed(path, e);
  }
  await writeFileAtomic(bytes, path, options);
}
