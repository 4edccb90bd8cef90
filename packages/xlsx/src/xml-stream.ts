/**
 * A part of a zip read as text in pieces, one element at a time: the rows of a worksheet, the
 * comments of a comments part, the shapes of a VML drawing. Only the compressed part and the
 * element being looked at are in memory, never the whole text (a full-height sheet is 400 MB).
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { storedData, type ZipEntry } from './sniff';

/** One piece of a part: an element of the kind scanned for, or the text between two of them. */
export type Piece = { element: string } | { text: string };

/**
 * The text of an entry of a verified zip, in chunks (never a split character).
 * @example for await (const text of entryText(bytes, entry)) …
 */
export async function* entryText(bytes: Uint8Array, e: ZipEntry): AsyncGenerator<string> {
  const raw = storedData(bytes, e);
  const decoder = new TextDecoder('utf-8');
  const SLICE = 1 << 20;
  if (e.method === 0) {
    for (let i = 0; i < raw.length; i += SLICE) yield decoder.decode(raw.subarray(i, i + SLICE), { stream: true });
  } else {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    Readable.from((function* () {
      for (let i = 0; i < raw.length; i += SLICE) yield raw.subarray(i, i + SLICE);
    })()).pipe(inflate);
    for await (const chunk of inflate as AsyncIterable<Buffer>) yield decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Cut text into the elements named `name` (whatever namespace prefix the part gives them: `row`
 * finds `<row>` and `<x:row>`; `v:shape` is taken as written) and the text between them. Such
 * elements must not nest; each text piece is a whole run between two elements (the part's head
 * before the first, its tail after the last).
 * @example for await (const piece of scanElements(entryText(bytes, sheet), 'row')) if ('element' in piece) …
 */
export async function* scanElements(chunks: AsyncIterable<string>, name: string): AsyncGenerator<Piece> {
  let open = '';
  let close = '';
  const first = new RegExp(`<((?:\\w+:)?)${name}[\\s>/]`);
  let buf = '';
  for await (const chunk of chunks) {
    buf = buf ? buf + chunk : chunk;
    let pos = 0;
    if (!open) {
      // The prefix is the one of the first such element.
      const m = first.exec(buf);
      if (!m) continue;
      open = `<${m[1]}${name}`;
      close = `</${m[1]}${name}>`;
    }
    for (;;) {
      let at = buf.indexOf(open, pos);
      // `<row` must not be the start of `<rowBreaks`: the name ends at a space, `>` or `/`.
      while (at >= 0 && at + open.length < buf.length && !/[\s>/]/.test(buf[at + open.length])) at = buf.indexOf(open, at + 1);
      if (at < 0 || at + open.length >= buf.length) break;
      const tagEnd = buf.indexOf('>', at);
      if (tagEnd < 0) break;
      let end: number;
      if (buf[tagEnd - 1] === '/') end = tagEnd + 1;
      else {
        const c = buf.indexOf(close, tagEnd);
        if (c < 0) break;
        end = c + close.length;
      }
      if (at > pos) yield { text: buf.slice(pos, at) };
      yield { element: buf.slice(at, end) };
      pos = end;
    }
    // Keep what is not yet whole; the text before a partial element is kept with it (one run).
    if (pos > 0) buf = buf.slice(pos);
  }
  if (buf) yield { text: buf };
}

/**
 * Join output pieces into chunks of about `size` characters (fewer, larger writes to deflate).
 * @example for await (const chunk of batched(rows())) …
 */
export async function* batched(pieces: AsyncIterable<string> | Iterable<string>, size = 256 * 1024): AsyncGenerator<string> {
  let parts: string[] = [];
  let length = 0;
  for await (const p of pieces) {
    if (!p) continue;
    parts.push(p);
    length += p.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join('');
}
