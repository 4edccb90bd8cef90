/**
 * Notes (Excel's comments) of the streaming annotator: a comments part and the legacy VML drawing
 * that places each note, written new or merged into the clerk's own (theirs kept in place, ours
 * appended), and taken out again on clear. Both parts are streamed: a full-height ledger can carry
 * hundreds of thousands of notes.
 */
import { fitCellText } from '@ledgerlint/policy/annotate';
import { columnNumber } from '@ledgerlint/policy/ledger';
import { escapeXstring } from './fidelity';
import { attrOf, escapeXml, findOrAppend, readList, unescapeXml, writeList, XML_DECLARATION } from './ooxml';
import { address } from './stream-sheet';
import type { Piece } from './xml-stream';

/** The author our notes are written under, by which they are told from the clerk's. */
export const NOTE_AUTHOR = 'ledgerlint';

/** A note to write: the cell (1-based) and its text. */
export interface Note {
  row: number;
  column: number;
  text: string;
}

/**
 * Cells as a set of (row, column), one byte per row of each column used.
 * @example const removed = new CellSet(); removed.add(7, 13); removed.has(7, 13) // true
 */
export class CellSet {
  private readonly columns = new Map<number, Uint8Array>();
  size = 0;

  /** Add a cell. */
  add(row: number, column: number): void {
    let rows = this.columns.get(column);
    if (!rows) this.columns.set(column, (rows = new Uint8Array(1_048_577)));
    if (!rows[row]) this.size++;
    rows[row] = 1;
  }

  /** Is the cell in the set? */
  has(row: number, column: number): boolean {
    return this.columns.get(column)?.[row] === 1;
  }
}

/**
 * A cell reference as (row, column), undefined when it is not one.
 * @example parseRef('M7') // [7, 13]
 */
export function parseRef(ref: string | undefined): [row: number, column: number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref ?? '');
  return m ? [Number(m[2]), columnNumber(m[1])] : undefined;
}

/** Note text as OOXML character data (cut to a cell's length, control characters escaped). */
function noteText(text: string): string {
  return escapeXml(escapeXstring(fitCellText(text)));
}

/** One `<comment>` element. */
function commentXml(note: Note, authorId: number, p: string): string {
  return `<${p}comment ref="${address(note.row, note.column)}" authorId="${authorId}"><${p}text><${p}r><${p}t xml:space="preserve">${noteText(note.text)}</${p}t></${p}r></${p}text></${p}comment>`;
}

/**
 * A new comments part holding our notes.
 * @example await zip.add('xl/comments1.xml', newComments(notes))
 */
export function* newComments(notes: Iterable<Note>): Generator<string> {
  yield `${XML_DECLARATION}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>`;
  for (const note of notes) yield commentXml(note, 0, '');
  yield '</commentList></comments>';
}

/**
 * The clerk's comments part with our notes appended to its list (and our author to its authors).
 * @example await zip.add(part, mergeComments(scanElements(entryText(bytes, e), 'comment'), notes))
 */
export async function* mergeComments(pieces: AsyncIterable<Piece>, notes: Iterable<Note>): AsyncGenerator<string> {
  let headDone = false;
  let p = '';
  let authorId = 0;
  for await (const piece of pieces) {
    if ('element' in piece) {
      yield piece.element;
      continue;
    }
    let text = piece.text;
    if (!headDone) {
      headDone = true;
      p = /<(\w+:)?comments\b/.exec(text)?.[1] ?? '';
      const authors = readList(text, 'authors', 'author');
      if (!authors) throw new Error('comments part without <authors>');
      authorId = findOrAppend(authors, `<${p}author>${NOTE_AUTHOR}</${p}author>`);
      text = text.slice(0, authors.start) + writeList(authors, false) + text.slice(authors.end);
    }
    const close = new RegExp(`</${p}commentList>|<${p}commentList\\s*/>`).exec(text);
    if (close) {
      let ours = '';
      for (const note of notes) ours += commentXml(note, authorId, p);
      const opened = close[0].startsWith('</') ? '' : `<${p}commentList>`;
      text = `${text.slice(0, close.index)}${opened}${ours}</${p}commentList>${text.slice(close.index + close[0].length)}`;
    }
    yield text;
  }
}

/**
 * A comment element's cell and author.
 * @example commentOf('<comment ref="M7" authorId="1">…</comment>') // { row: 7, column: 13, author: 1 }
 */
export function commentOf(element: string): { row: number; column: number; author: number } | undefined {
  const tag = element.slice(0, element.indexOf('>') + 1);
  const cell = parseRef(attrOf(tag, 'ref'));
  return cell && { row: cell[0], column: cell[1], author: Number(attrOf(tag, 'authorId') ?? -1) };
}

/**
 * The index of our author in a comments part's head, -1 when it is not there.
 * @example ourAuthor('<comments><authors><author>张三</author><author>ledgerlint</author></authors>') // 1
 */
export function ourAuthor(head: string): number {
  const authors = readList(head, 'authors', 'author');
  return authors?.children.findIndex((a) => unescapeXml(a.replace(/^<[^>]*>|<\/[^>]*>$/g, '')) === NOTE_AUTHOR) ?? -1;
}

/**
 * A comments part without the comments `drop` names; our author goes too when it is the last one
 * and `keepAuthor` is false. Yields nothing more once it sees no comment is left: `left` counts them.
 * @example filterComments(scanElements(entryText(bytes, e), 'comment'), (c) => removed.has(c.row, c.column), false, counter)
 */
export async function* filterComments(
  pieces: AsyncIterable<Piece>,
  drop: (c: { row: number; column: number; author: number }) => boolean,
  keepAuthor: boolean,
  left: { count: number },
): AsyncGenerator<string> {
  let headDone = false;
  for await (const piece of pieces) {
    if ('element' in piece) {
      const c = commentOf(piece.element);
      if (c && drop(c)) continue;
      left.count++;
      yield piece.element;
      continue;
    }
    let text = piece.text;
    if (!headDone) {
      headDone = true;
      const authors = readList(text, 'authors', 'author');
      const mine = ourAuthor(text);
      if (authors && !keepAuthor && mine >= 0 && mine === authors.children.length - 1) {
        authors.children.pop();
        text = text.slice(0, authors.start) + writeList(authors, false) + text.slice(authors.end);
      }
    }
    yield text;
  }
}

/* ------------------------------------------------------------------------------------------------
 * The VML drawing that shows each note (Excel needs one shape per note).
 */

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{blocks}"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** One note's shape, hidden until the cell is pointed at, as Excel and exceljs write it. */
function vmlShape(note: Note, id: number): string {
  const r = note.row - 1;
  const c = note.column - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
    '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 6, ${Math.max(0, r - 1)}, 14, ${c + 3}, 2, ${r + 3}, 16</x:Anchor>` +
    `<x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * A new VML drawing with one shape per note (shape ids from 1025, in blocks of 1,024 declared in
 * the id map as Excel does).
 * @example await zip.add('xl/drawings/vmlDrawing1.vml', newVml(notes, count))
 */
export function* newVml(notes: Iterable<Note>, count: number): Generator<string> {
  const blocks = Array.from({ length: Math.max(1, Math.ceil(count / 1024)) }, (_, i) => i + 1).join(',');
  yield XML_DECLARATION + VML_HEAD.replace('{blocks}', blocks);
  let id = 1025;
  for (const note of notes) yield vmlShape(note, id++);
  yield '</xml>';
}

/**
 * The clerk's VML drawing with our shapes appended (ids after the largest there).
 * @example await zip.add(part, mergeVml(scanElements(entryText(bytes, e), 'v:shape'), notes))
 */
export async function* mergeVml(pieces: AsyncIterable<Piece>, notes: Iterable<Note>): AsyncGenerator<string> {
  let top = 1024;
  for await (const piece of pieces) {
    if ('element' in piece) {
      const n = Number(/\sid\s*=\s*["']_x0000_s(\d+)["']/.exec(piece.element)?.[1] ?? 0);
      if (n > top) top = n;
      yield piece.element;
      continue;
    }
    let text = piece.text;
    const close = /<\/xml>\s*$/.exec(text);
    if (close) {
      let ours = '';
      for (const note of notes) ours += vmlShape(note, ++top);
      text = text.slice(0, close.index) + ours + text.slice(close.index);
    }
    yield text;
  }
}

/**
 * A VML drawing without the note shapes of the cells `drop` names; `left` counts the shapes kept.
 * @example filterVml(scanElements(entryText(bytes, e), 'v:shape'), (row, column) => removed.has(row, column), counter)
 */
export async function* filterVml(pieces: AsyncIterable<Piece>, drop: (row: number, column: number) => boolean, left: { count: number }): AsyncGenerator<string> {
  for await (const piece of pieces) {
    if ('element' in piece) {
      const s = piece.element;
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(s)?.[1];
      const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(s)?.[1];
      if (/ObjectType\s*=\s*["']Note["']/.test(s) && row !== undefined && column !== undefined && drop(Number(row) + 1, Number(column) + 1)) continue;
      left.count++;
      yield s;
      continue;
    }
    yield piece.text;
  }
}
