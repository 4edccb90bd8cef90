/**
 * Writing a zip that is another zip with a few parts changed: every entry that is not changed is
 * copied as it is stored (its local header, compressed bytes, data descriptor and central
 * directory record, byte for byte, only the offset moved), so a clerk's parts come out
 * byte-identical; changed and new parts are deflated with node:zlib. The streaming annotator
 * (stream-annotate.ts) writes a workbook this way without ever loading it as a whole.
 */
import { createDeflateRaw } from 'node:zlib';
import { crc32, type ZipEntry } from './sniff';

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const DESCRIPTOR_SIG = 0x08074b50;
/** A fixed modification time (1980-01-01 00:00) for new parts: the same input gives the same bytes. */
const DOS_DATE = 0x21;

/** Text or bytes, as a part's content is produced. */
export type Chunk = string | Uint8Array;

/** A part deflated: its compressed bytes and what the headers declare. */
export interface Deflated {
  chunks: Buffer[];
  crc: number;
  size: number;
  compressedSize: number;
}

/**
 * Deflate a part given in chunks (text is UTF-8), keeping only the compressed output in memory.
 * @example const part = await deflateChunks(['<?xml version="1.0"?>', '<a/>']);
 */
export async function deflateChunks(source: Iterable<Chunk> | AsyncIterable<Chunk>): Promise<Deflated> {
  const deflate = createDeflateRaw({ level: 6 });
  const chunks: Buffer[] = [];
  let compressedSize = 0;
  deflate.on('data', (b: Buffer) => {
    chunks.push(b);
    compressedSize += b.length;
  });
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (bytes.length === 0) continue;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { chunks, crc, size, compressedSize };
}

/**
 * A zip written front to back into memory: `copy` an entry of a source zip as stored, `add` a new
 * or changed part, `finish` with the central directory.
 * @example const zip = new ZipWriter(); zip.copy(bytes, entry); await zip.add('xl/new.xml', ['<a/>']); const out = zip.finish();
 */
export class ZipWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly centrals: Buffer[] = [];
  private offset = 0;
  private count = 0;

  private push(b: Uint8Array): void {
    this.parts.push(b);
    this.offset += b.length;
  }

  /** Copy one entry of `source` as stored: local header, data, data descriptor, central record. */
  copy(source: Uint8Array, e: ZipEntry): void {
    if (e.central === undefined) throw new Error(`no central record for ${e.name}`);
    const view = new DataView(source.buffer, source.byteOffset, source.byteLength);
    const nameLength = view.getUint16(e.offset + 26, true);
    const extraLength = view.getUint16(e.offset + 28, true);
    let end = e.offset + 30 + nameLength + extraLength + e.compressedSize;
    // Bit 3: sizes follow the data in a descriptor (12 bytes, or 16 with its optional signature).
    if (e.flags & 8) end += end + 4 <= source.length && view.getUint32(end, true) === DESCRIPTOR_SIG ? 16 : 12;
    const start = this.offset;
    this.push(source.subarray(e.offset, end));
    const cNameLength = view.getUint16(e.central + 28, true);
    const cExtraLength = view.getUint16(e.central + 30, true);
    const cCommentLength = view.getUint16(e.central + 32, true);
    const central = Buffer.from(source.subarray(e.central, e.central + 46 + cNameLength + cExtraLength + cCommentLength));
    central.writeUInt32LE(start, 42);
    this.centrals.push(central);
    this.count++;
  }

  /** Add a part, deflated from its chunks. */
  async add(name: string, source: Iterable<Chunk> | AsyncIterable<Chunk>): Promise<void> {
    this.addDeflated(name, await deflateChunks(source));
  }

  /** Add a part already deflated (see deflateChunks). */
  addDeflated(name: string, part: Deflated): void {
    const nameBytes = Buffer.from(name, 'utf8');
    // Bytes 4-29 of the local header stand again at 6-31 of the central record.
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_SIG, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 name
    header.writeUInt16LE(8, 8); // deflated
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(part.crc >>> 0, 14);
    header.writeUInt32LE(part.compressedSize, 18);
    header.writeUInt32LE(part.size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIG, 0);
    central.writeUInt16LE(20, 4);
    header.copy(central, 6, 4, 30);
    central.writeUInt32LE(this.offset, 42);
    this.centrals.push(central, nameBytes);
    this.push(header);
    this.push(nameBytes);
    for (const c of part.chunks) this.push(c);
    this.count++;
  }

  /** The whole zip, in chunks (central directory and end record last). */
  finish(): Uint8Array[] {
    if (this.count > 0xfffe || this.offset > 0xfffffff0) throw new Error('the workbook would need ZIP64');
    const cd = Buffer.concat(this.centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(this.offset, 16);
    return [...this.parts, cd, end];
  }
}

