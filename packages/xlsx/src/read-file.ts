/**
 * Reading a file from disk without trusting it: only a regular file is opened for its contents
 * (a FIFO would hang, /dev/zero never ends), its size is checked from `fstat` before a byte is
 * held, and the read itself stops at the limit (a file may grow while it is read). What was read
 * is identified (device, inode, size, mtime) so that a writer can tell later whether the file on
 * disk is still the one it read.
 */
import { constants, type BigIntStats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { mib, readError } from './errors';
import { sniffBytes } from './sniff';

/** Which file, as it was: equal identities mean the same file with the same contents (as far as its metadata tells). */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

/** A file read from disk and the identity of what was read. */
export interface ReadFile {
  bytes: Uint8Array;
  identity: FileIdentity;
}

/**
 * The largest CSV/TSV file read: 256 MiB, about two million ledger rows. Its text must fit one
 * JavaScript string (V8's limit is 2^29 - 24 UTF-16 units), with room for the rows it becomes.
 */
export const MAX_TEXT_BYTES = 256 * 2 ** 20;

/**
 * The largest file of any other kind read (a workbook): 1 GiB, the same as
 * MAX_XLSX_UNCOMPRESSED_BYTES (not imported: that module loads exceljs). Deflate never makes a
 * part meaningfully bigger, so a larger .xlsx would declare more than that limit anyway.
 */
export const MAX_WORKBOOK_FILE_BYTES = 1024 ** 3;

/**
 * The identity of a file from its (bigint) stats.
 * @example identityOf(await stat(path, { bigint: true }))
 */
export function identityOf(s: BigIntStats): FileIdentity {
  return { dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs };
}

/**
 * Whether two identities are the same file with the same size and modification time.
 * @example sameIdentity(read.identity, identityOf(await stat(path, { bigint: true })))
 */
export function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/**
 * What a file that is not a regular file is, for messages (zh, en); null for a regular file.
 * @example specialKind(await stat('/dev/zero')) // { kind: '设备', kindEn: 'a device' }
 */
export function specialKind(s: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): { kind: string; kindEn: string } | null {
  if (s.isFile()) return null;
  if (s.isDirectory()) return { kind: '文件夹', kindEn: 'a folder' };
  if (s.isFIFO()) return { kind: '命名管道（FIFO）', kindEn: 'a named pipe (FIFO)' };
  if (s.isSocket()) return { kind: '套接字', kindEn: 'a socket' };
  if (s.isCharacterDevice() || s.isBlockDevice()) return { kind: '设备', kindEn: 'a device' };
  return { kind: '特殊文件', kindEn: 'a special file' };
}

function unreadable(path: string, e: unknown): Error {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return readError('file-not-found', { file: path });
  return readError('file-unreadable', { file: path, reason: code ?? 'EIO' });
}

/**
 * Open a regular file for reading; anything else (folder, FIFO, device, socket) is refused with
 * `not-a-file` before it is opened, so that nothing blocks or streams forever.
 */
async function openRegular(path: string): Promise<{ handle: FileHandle; stats: BigIntStats }> {
  const before = await stat(path, { bigint: true }).catch((e: unknown) => {
    throw unreadable(path, e);
  });
  const kind = specialKind(before);
  if (kind) throw readError('not-a-file', { file: path, ...kind });
  // O_NONBLOCK: should a FIFO be swapped in after the stat, opening it still does not wait for a
  // writer (the fstat below then refuses it). It changes nothing for a regular file.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((e: unknown) => {
    throw unreadable(path, e);
  });
  try {
    const stats = await handle.stat({ bigint: true });
    const swapped = specialKind(stats);
    if (swapped) throw readError('not-a-file', { file: path, ...swapped });
    return { handle, stats };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Read the whole file, or null as soon as more than `limit` bytes were read. */
async function readAtMost(handle: FileHandle, expected: number, limit: number): Promise<Buffer | null> {
  // One byte more than the limit tells a file that grew past it; the size from fstat is only a
  // first guess (a file being saved grows, /proc files say 0).
  let buffer = Buffer.allocUnsafeSlow(Math.min(expected, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return null;
      const bigger = Buffer.allocUnsafeSlow(Math.min(limit + 1, Math.max(64 * 1024, buffer.length * 2)));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return length > limit ? null : buffer.subarray(0, length);
}

/**
 * Read a regular file of at most `limit(head)` bytes, `head` being its first bytes (up to 8):
 * the size is checked before reading and the read stops at the limit. Throws `not-a-file`,
 * `file-not-found`, `file-unreadable`, or what `tooLarge(size, limit)` gives.
 * @example await readRegularFile('p.json', () => 2 ** 24, (size, limit) => new Error(`${size} > ${limit}`))
 */
export async function readRegularFile(path: string, limit: (head: Uint8Array) => number, tooLarge: (size: number, limit: number) => Error): Promise<ReadFile> {
  const { handle, stats } = await openRegular(path);
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    const max = limit(head.subarray(0, bytesRead));
    const size = Number(stats.size);
    if (size > max) throw tooLarge(size, max);
    const bytes = await readAtMost(handle, size, max);
    if (!bytes) throw tooLarge(Math.max(size, max + 1), max);
    return { bytes, identity: identityOf(stats) };
  } catch (e) {
    // A failing read (EIO, EISDIR...) is said like a failing open; our own refusals pass through.
    throw typeof (e as { syscall?: unknown } | null)?.syscall === 'string' ? unreadable(path, e) : e;
  } finally {
    await handle.close();
  }
}

/**
 * Read a ledger file (a workbook or a CSV/TSV text) within the limits: a text over
 * {@link MAX_TEXT_BYTES} is `file-too-large`, anything else over {@link MAX_WORKBOOK_FILE_BYTES}
 * `workbook-file-too-large`, both from the size on disk before reading.
 * @example const { bytes, identity } = await readLedgerFile('客户回访记录表.xlsx');
 */
export async function readLedgerFile(path: string): Promise<ReadFile> {
  let text = false;
  return readRegularFile(
    path,
    (head) => {
      text = sniffBytes(head) === 'text';
      return text ? MAX_TEXT_BYTES : MAX_WORKBOOK_FILE_BYTES;
    },
    (size, limit) => readError(text ? 'file-too-large' : 'workbook-file-too-large', { file: path, size: mib(size), limit: mib(limit) }),
  );
}
