/**
 * Content sniffing: what a file is, decided from its bytes rather than its extension, and a
 * check of a zip's central directory so a truncated download is reported as such instead of
 * being half-read.
 */
import { constants as bufferConstants } from 'node:buffer';
import * as zlib from 'node:zlib';
import { type CellRange } from '@ledgerlint/policy';
import { columnNumber } from '@ledgerlint/policy/ledger';

let crcTable: Uint32Array | undefined;

/**
 * CRC-32 of bytes: zlib's native one where Node has it (20.15+), else a table-driven loop. `prev`
 * is the CRC of the bytes before them, to go on chunk by chunk.
 * @example crc32(Buffer.from('world'), crc32(Buffer.from('hello '))) === crc32(Buffer.from('hello world')) // true
 */
export function crc32(data: Uint8Array, prev = 0): number {
  const native = (zlib as { crc32?: (d: Uint8Array, value?: number) => number }).crc32;
  if (typeof native === 'function') return native(data, prev) >>> 0;
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** What the first bytes say a file is. `text` means "no known binary signature": try CSV. */
export type Sniffed = 'empty' | 'zip' | 'ole2' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'rtf' | 'text';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/**
 * Classify bytes by their magic number.
 * @example sniffBytes(new Uint8Array([0x50, 0x4b, 3, 4])) // 'zip'
 */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  // An empty zip (only an end record) or a spanned archive: still a zip, and a broken one.
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) || startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif'; // GIF8
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  return 'text';
}

/** Does the byte string contain `name` written as UTF-16LE (how OLE2 directories store names)? */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) !== -1;
}

/**
 * An OLE2 compound file is either a legacy .xls/.et workbook or an encrypted (password-protected)
 * .xlsx, which Office wraps in OLE2 with an `EncryptedPackage` stream.
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo');
}

export interface ZipEntry {
  name: string;
  /** Offset of the entry's local header. */
  offset: number;
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's record in the central directory (a raw copy takes it as it is). */
  central?: number;
}

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

/**
 * The entries of a zip from its central directory, or null when the structure is broken (no end
 * record, a directory pointing outside the file, a local header missing): what a truncated or
 * damaged file looks like.
 * @example readZipDirectory(bytes)?.entries.map((e) => e.name) // ['[Content_Types].xml', ...]
 */
export function readZipDirectory(bytes: Uint8Array): { entries: ZipEntry[]; zip64?: boolean } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  if (n < 22) return null;
  let eocd = -1;
  const stop = Math.max(0, n - 22 - 0xffff);
  for (let p = n - 22; p >= stop; p--) {
    if (view.getUint32(p, true) === EOCD_SIG) {
      // The comment length must reach exactly to the end (or not beyond it).
      const commentLength = view.getUint16(p + 20, true);
      if (p + 22 + commentLength <= n) {
        eocd = p;
        break;
      }
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // ZIP64 (over 65,535 entries or 4 GB): no ledger is that big; the caller refuses it.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { entries: [], zip64: true };
  if (cdOffset + cdSize > eocd) return null;
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CDH_SIG) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const offset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > eocd) return null;
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (offset + 30 > cdOffset || view.getUint32(offset, true) !== LFH_SIG) return null;
    entries.push({ name, offset, method, flags, crc, compressedSize, size, central: p });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

/**
 * Inflate every entry and check its size and CRC-32: true when all are intact. exceljs's
 * streaming reader can wait forever on damaged deflate data, so it only gets verified bytes.
 * Costs about 0.3 s for an 8.7 MB workbook (59 MB of XML), one entry in memory at a time.
 * Inflation stops one byte past an entry's declared size (headers can lie: a 1 KB entry that
 * inflates to gigabytes is caught after 1 KB), so the work is bounded by the declared sizes.
 * @example verifyZip(bytes, readZipDirectory(bytes)!.entries) // true
 */
export function verifyZip(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (e.flags & 1) return false; // encrypted entry: no spreadsheet writer does this
    const nameLength = view.getUint16(e.offset + 26, true);
    const extraLength = view.getUint16(e.offset + 28, true);
    const start = e.offset + 30 + nameLength + extraLength;
    const end = start + e.compressedSize;
    if (end > bytes.length) return false;
    const data = bytes.subarray(start, end);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.min(e.size + 1, bufferConstants.MAX_LENGTH) });
      } catch {
        return false;
      }
    } else return false;
    if (out.length !== e.size || crc32(out) !== e.crc >>> 0) return false;
  }
  return true;
}

/**
 * The uncompressed bytes of one entry of a (verified) zip.
 * @example new TextDecoder().decode(entryData(bytes, entries.find((e) => e.name === 'xl/workbook.xml')!))
 */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const raw = storedData(bytes, e);
  return e.method === 0 ? raw : zlib.inflateRawSync(raw);
}

/**
 * The stored (compressed) bytes of one entry of a zip, as its local header places them.
 * @example storedData(bytes, entry).length === entry.compressedSize // true
 */
export function storedData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  return bytes.subarray(start, start + e.compressedSize);
}

let barrierData: Uint8Array | undefined;
let barrierCrc = 0;

const FIRST_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
];
const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The largest end <= `end` that does not split a UTF-8 sequence (never below start + 1). */
function utf8Boundary(data: Uint8Array, start: number, end: number): number {
  if (end >= data.length) return data.length;
  let e = end;
  while (e > start + 1 && (data[e] & 0xc0) === 0x80) e--;
  return e > start + 1 ? e : end;
}

const PHONETIC_TAG = Buffer.from('rPh');
const PHONETIC_RUN = /<(?:\w+:)?rPh\b[^>]*\/>|<(?:\w+:)?rPh\b[^>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;

/**
 * XML without its phonetic guides (`<rPh>`: the pinyin or furigana an input method may store over
 * a text, never shown in the cell). exceljs's streaming reader takes the last `<t>` of a string, so
 * `电话号码` with the guides `dian'hua`, `hao'ma` read as `hao'ma`; its in-memory reader ignores them.
 * Bytes without a guide are returned as they are.
 * @example withoutPhoneticGuides(Buffer.from('<si><t>张三</t><rPh sb="0" eb="1"><t>zhang</t></rPh></si>')).toString() // '<si><t>张三</t></si>'
 */
export function withoutPhoneticGuides(xml: Uint8Array): Uint8Array {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  if (bytes.indexOf(PHONETIC_TAG) < 0) return xml;
  const text = bytes.toString('utf8');
  const stripped = text.replace(PHONETIC_RUN, '');
  return stripped.length === text.length ? xml : Buffer.from(stripped, 'utf8');
}

/**
 * The zip entry a relationship's Target names: absolute (`/xl/worksheets/sheet1.xml`) or relative
 * to the folder of the part whose relationships these are (`.` and `..` resolved).
 * @example partOfTarget('worksheets/sheet1.xml', 'xl') // 'xl/worksheets/sheet1.xml'
 */
export function partOfTarget(target: string, base: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

const MERGE_CELLS = Buffer.from('<mergeCells');
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"/g;

/**
 * The merged ranges of a worksheet's XML: its `<mergeCells>`, which comes after the cells (found
 * from the end, so a large sheet is not scanned). Empty when there are none.
 * @example mergedRanges(Buffer.from('<sheetData/><mergeCells count="1"><mergeCell ref="A2:A5"/></mergeCells>')) // [{ top: 2, left: 1, bottom: 5, right: 1 }]
 */
export function mergedRanges(xml: Uint8Array): CellRange[] {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const at = bytes.lastIndexOf(MERGE_CELLS);
  if (at < 0) return [];
  const text = bytes.subarray(at).toString('utf8');
  const out: CellRange[] = [];
  for (const m of text.matchAll(MERGE_REF)) {
    const left = columnNumber(m[1]);
    const top = Number(m[2]);
    out.push({ top, left, bottom: m[4] === undefined ? top : Number(m[4]), right: m[3] === undefined ? left : columnNumber(m[3]) });
  }
  return out;
}

/**
 * The bytes of a (verified) zip rewritten for exceljs's streaming reader, produced lazily in
 * chunks: every entry stored uncompressed, in dependency order (workbook, relationships, styles,
 * shared strings, then the worksheets), sizes in every local header, a final "barrier" entry of
 * 1 MB of zeros, and no chunk ending inside a UTF-8 character.
 *
 * Why each: (1) the reader decodes every chunk of XML to text on its own (no streaming decoder),
 * so a Chinese character split between two chunks became U+FFFD (measured: 228 of the 1.1 million
 * cells of a 100,000-row ledger); stored entries reach it in exactly the chunks given here.
 * (2) unzipper, under it, signals 'end' as soon as its input is consumed, while entries it already
 * parsed may sit unread in its buffer: those were silently skipped (measured: a small workbook
 * lost its styles and shared strings in 1 read of 25-100); the barrier cannot be buffered, so the
 * end comes only after the reader drained everything before it. (3) The reader parses a worksheet
 * as soon as shared strings and relationships are known, styles or not. (4) Phonetic guides are
 * taken out of shared and inline strings (see withoutPhoneticGuides). (5) The reader skips merged
 * ranges: each worksheet's are put in `merges` by part name as it passes.
 * @example Readable.from(repackForStreaming(bytes, readZipDirectory(bytes)!.entries))
 */
export function* repackForStreaming(bytes: Uint8Array, entries: readonly ZipEntry[], chunkSize = 16 * 1024, merges?: Map<string, CellRange[]>): Generator<Uint8Array> {
  if (!barrierData) {
    barrierData = new Uint8Array(1 << 20);
    barrierCrc = crc32(barrierData);
  }
  const rank = (name: string): number => {
    const first = FIRST_PARTS.indexOf(name);
    if (first >= 0) return first;
    const sheet = WORKSHEET_PART.exec(name);
    return sheet ? 1_000 + Number(sheet[1]) : 100;
  };
  const ordered = entries
    .map((e, i) => ({ ...e, i, rank: rank(e.name) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  const hasSharedStrings = entries.some((e) => e.name === 'xl/sharedStrings.xml');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const centrals: Buffer[] = [];
  let offset = 0;

  function* put(name: Uint8Array, flags: number, time: number, date: number, crc: number, data: Uint8Array): Generator<Uint8Array> {
    const header = Buffer.alloc(30 + name.length);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(0, 8); // stored
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.set(name, 30);
    yield header;
    for (let start = 0; start < data.length; ) {
      const end = utf8Boundary(data, start, start + chunkSize);
      yield data.subarray(start, end);
      start = end;
    }
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    central.set(name, 46);
    centrals.push(central);
    offset += header.length + data.length;
  }

  let sharedStrings = false;
  for (const e of ordered) {
    if (!sharedStrings && e.rank >= FIRST_PARTS.length) {
      // Without a shared-strings part the reader parks every worksheet in a temp file and reads it
      // back in 64 KB chunks, splitting characters again: give it an empty one.
      sharedStrings = true;
      if (!hasSharedStrings) {
        const sst = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>');
        yield* put(Buffer.from('xl/sharedStrings.xml'), 0, 0, 0x21, crc32(sst), sst);
      }
    }
    const nameLength = view.getUint16(e.offset + 26, true);
    const extraLength = view.getUint16(e.offset + 28, true);
    const name = bytes.subarray(e.offset + 30, e.offset + 30 + nameLength);
    const start = e.offset + 30 + nameLength + extraLength;
    const raw = bytes.subarray(start, start + e.compressedSize);
    const inflated = e.method === 0 ? raw : zlib.inflateRawSync(raw);
    const worksheet = WORKSHEET_PART.test(e.name);
    if (worksheet && merges) merges.set(e.name, mergedRanges(inflated));
    const data = e.name === 'xl/sharedStrings.xml' || worksheet ? withoutPhoneticGuides(inflated) : inflated;
    const time = view.getUint16(e.offset + 10, true);
    const date = view.getUint16(e.offset + 12, true);
    yield* put(name, e.flags & 0x0800, time, date, data === inflated ? e.crc : crc32(data), data);
  }
  yield* put(Buffer.from('ledgerlint-barrier.bin'), 0, 0, 0x21, barrierCrc, barrierData);
  const count = centrals.length;
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([cd, end]);
}

/** What kind of document a (structurally sound) zip holds. */
export type ZipKind = 'xlsx' | 'xlsb' | 'ods' | 'document' | 'presentation' | 'zip';

/**
 * Tell an Excel workbook from the other zip-based formats by the parts it contains.
 * @example zipKind(['[Content_Types].xml', 'xl/workbook.xml']) // 'xlsx'
 */
export function zipKind(names: readonly string[], bytes?: Uint8Array): ZipKind {
  const set = new Set(names);
  if (set.has('xl/workbook.xml')) return 'xlsx';
  if (set.has('xl/workbook.bin')) return 'xlsb';
  if (set.has('content.xml') && set.has('mimetype')) {
    // The mimetype part is stored uncompressed at the start of an OpenDocument file.
    const head = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).toString('latin1') : '';
    if (head.includes('opendocument.text')) return 'document';
    if (head.includes('opendocument.presentation')) return 'presentation';
    return 'ods';
  }
  if (names.some((n) => n.startsWith('word/'))) return 'document';
  if (names.some((n) => n.startsWith('ppt/'))) return 'presentation';
  // A workbook part under another name (rare generators): let exceljs try.
  if (names.some((n) => /^xl\/.*workbook.*\.xml$/i.test(n))) return 'xlsx';
  return 'zip';
}
