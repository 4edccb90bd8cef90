/**
 * The checked worksheet's XML edited row by row as it streams through (stream-annotate.ts): our
 * two cells put into each row the plan names, our header cells, the widths of our two columns and
 * our conditional formats added; and, to clear, exactly those taken out again. Nothing else in
 * the part changes: the text between our edits is passed on as it was read, so removing what we
 * inserted gives the clerk's part back byte for byte.
 */
import { columnLetter, columnNumber } from '@ledgerlint/policy/ledger';
import { attrOf, escapeXml, removeAttr, setAttr, unescapeXml } from './ooxml';

/** The children of CT_Worksheet in schema order: where an element we add must go. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter',
  'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions',
  'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];
/** Rank of an element we do not know (mc:AlternateContent wraps controls or OLE objects). */
const UNKNOWN_RANK = WORKSHEET_ORDER.indexOf('oleObjects');

/** A top-level element of a stretch of worksheet XML. */
interface TopElement {
  /** Local name (prefix dropped). */
  name: string;
  start: number;
  end: number;
}

/**
 * The top-level elements of a stretch of XML that starts between two of them (comments and
 * whitespace skipped), up to the end or to the first closing tag of an enclosing element.
 * @example topElements('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins/>') // [{ name: 'mergeCells', … }, { name: 'pageMargins', … }]
 */
function topElements(xml: string, from = 0): TopElement[] {
  const out: TopElement[] = [];
  let pos = from;
  for (;;) {
    const at = xml.indexOf('<', pos);
    if (at < 0 || xml[at + 1] === '/') return out;
    if (xml.startsWith('<!--', at)) {
      pos = xml.indexOf('-->', at) + 3;
      if (pos < 3) return out;
      continue;
    }
    if (xml[at + 1] === '?') {
      pos = xml.indexOf('?>', at) + 2;
      continue;
    }
    const name = /^<([\w:.-]+)/.exec(xml.slice(at, at + 200))?.[1];
    if (!name) return out;
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) return out;
    let end = tagEnd + 1;
    if (xml[tagEnd - 1] !== '/') {
      // Find the matching close, counting nested elements of the same name.
      const open = new RegExp(`<${name.replace(/[.]/g, '\\.')}[\\s>/]|</${name.replace(/[.]/g, '\\.')}>`, 'g');
      open.lastIndex = tagEnd + 1;
      let depth = 1;
      for (let m = open.exec(xml); m; m = open.exec(xml)) {
        if (m[0].startsWith('</')) depth--;
        else if (xml[xml.indexOf('>', m.index) - 1] !== '/') depth++;
        if (depth === 0) {
          end = m.index + m[0].length;
          break;
        }
      }
      if (depth !== 0) return out;
    }
    out.push({ name: name.replace(/^[\w.-]+:/, ''), start: at, end });
    pos = end;
  }
}

function rankOf(name: string): number {
  const i = WORKSHEET_ORDER.indexOf(name);
  return i < 0 ? UNKNOWN_RANK : i;
}

/**
 * Where in the rest of a worksheet after `</sheetData>` an element named `name` goes: before the
 * first top-level element the schema orders after it (so after all of its own kind).
 * @example tailInsertion('<pageMargins …/></worksheet>', 'conditionalFormatting') // 0
 */
export function tailInsertion(tail: string, name: string): number {
  const rank = rankOf(name);
  const elements = topElements(tail);
  for (const e of elements) if (rankOf(e.name) > rank) return e.start;
  const close = /<\/(?:\w+:)?worksheet>/.exec(tail);
  if (!close) throw new Error('no </worksheet>');
  return close.index;
}

/* ------------------------------------------------------------------------------------------------
 * Cells of a row.
 */

/** One cell element of a row: where it stands in the row's text and what it holds. */
export interface CellSpan {
  start: number;
  end: number;
  column: number;
  /** Whether it names its position (`r="B7"`); without it the position follows the cell before. */
  named: boolean;
  /** The start tag's attribute text. */
  attrs: string;
  /** Its content, null when the element is empty (`<c r="B7" s="3"/>`). */
  inner: string | null;
}

const R_ATTR = /\sr\s*=\s*["']([A-Za-z]{1,3})(\d+)["']/;

/**
 * The cells of a row element in order (`p` is the worksheet's namespace prefix).
 * @example rowCells('<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" s="1"/></row>', '').map((c) => c.column) // [1, 3]
 */
export function rowCells(row: string, p: string): CellSpan[] {
  const out: CellSpan[] = [];
  const open = new RegExp(`<${p}c\\b([^>]*?)(/?)>`, 'g');
  const close = `</${p}c>`;
  open.lastIndex = row.indexOf('>') + 1;
  let column = 0;
  for (let m = open.exec(row); m; m = open.exec(row)) {
    const ref = R_ATTR.exec(m[1]);
    column = ref ? columnNumber(ref[1].toUpperCase()) : column + 1;
    let end = m.index + m[0].length;
    let inner: string | null = null;
    if (m[2] !== '/') {
      const c = row.indexOf(close, end);
      if (c < 0) throw new Error('cell not closed');
      inner = row.slice(end, c);
      end = c + close.length;
      open.lastIndex = end;
    }
    out.push({ start: m.index, end, column, named: !!ref, attrs: m[1], inner });
  }
  return out;
}

/**
 * The column of a row's last cell when that cell names its position, else undefined (then the
 * row must be read cell by cell). Cells are in column order, so a row whose last cell lies left of
 * our columns has nothing in them: most rows are passed on without being taken apart.
 * @example lastNamedColumn('<row r="2"><c r="A2"><v>1</v></c><c r="C2" s="1"/></row>', '') // 3
 */
export function lastNamedColumn(row: string, p: string): number | undefined {
  const at = row.lastIndexOf(`<${p}c `);
  if (at < 0) return row.includes(`<${p}c>`) || row.includes(`<${p}c/`) ? undefined : 0;
  const tagEnd = row.indexOf('>', at);
  const ref = R_ATTR.exec(row.slice(at, tagEnd));
  return ref ? columnNumber(ref[1].toUpperCase()) : undefined;
}

/**
 * The number of a row element, from its `r` (undefined when it has none).
 * @example rowNumber('<row r="12" spans="1:5">') // 12
 */
export function rowNumber(row: string): number | undefined {
  const tagEnd = row.indexOf('>');
  const m = /\sr\s*=\s*["'](\d+)["']/.exec(row.slice(0, tagEnd));
  return m ? Number(m[1]) : undefined;
}

/**
 * Does a cell hold anything (a value, a formula, a string)?
 * @example cellHasContent(rowCells('<row><c r="A1" s="3"/></row>', '')[0]) // false
 */
export function cellHasContent(cell: CellSpan): boolean {
  return cell.inner !== null && /<(?:\w+:)?(?:v|f|is)\b/.test(cell.inner);
}

/** A cell's value as stored: a string, a number, or something that is never ours (formula, error, boolean). */
export type StoredValue = { text: string } | { sst: number } | { number: number } | { other: true } | null;

/**
 * What a cell holds, as stored (shared strings by index).
 * @example storedValue(rowCells('<row><c r="A1" t="inlineStr"><is><t>正常</t></is></c></row>', '')[0], stringItemText) // { text: '正常' }
 */
export function storedValue(cell: CellSpan, itemText: (inner: string) => string): StoredValue {
  if (!cellHasContent(cell)) return null;
  const inner = cell.inner!;
  if (/<(?:\w+:)?f\b/.test(inner)) return { other: true };
  const t = /\st\s*=\s*["'](\w+)["']/.exec(cell.attrs)?.[1] ?? 'n';
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  switch (t) {
    case 'inlineStr': {
      const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
      return is ? { text: itemText(is[1]) } : null;
    }
    case 's':
      return v !== undefined && /^\s*\d+\s*$/.test(v) ? { sst: Number(v) } : { other: true };
    case 'str':
      return v !== undefined ? { text: unescapeXml(v) } : null;
    case 'n': {
      const n = v === undefined ? NaN : Number(v);
      return Number.isFinite(n) ? { number: n } : { other: true };
    }
    default:
      return { other: true };
  }
}

/* ------------------------------------------------------------------------------------------------
 * Column widths.
 */

const COL = /<(?:\w+:)?col\b[^>]*?\/>|<(?:\w+:)?col\b[^>]*>\s*<\/(?:\w+:)?col>/g;

/** The `<cols>` element of a worksheet's head and its `<col>` children. */
function readCols(head: string): { start: number; end: number; open: string; close: string; cols: string[] } | undefined {
  const m = /<((?:\w+:)?cols)\b[^>]*?(\/?)>/.exec(head);
  if (!m) return undefined;
  if (m[2] === '/') return { start: m.index, end: m.index + m[0].length, open: m[0].replace(/\s*\/>$/, '>'), close: `</${m[1]}>`, cols: [] };
  const close = `</${m[1]}>`;
  const c = head.indexOf(close, m.index);
  if (c < 0) throw new Error('<cols> not closed');
  return { start: m.index, end: c + close.length, open: m[0], close, cols: head.slice(m.index + m[0].length, c).match(COL) ?? [] };
}

const span = (col: string) => [Number(attrOf(col, 'min')), Number(attrOf(col, 'max'))] as const;
const ranged = (col: string, min: number, max: number) => setAttr(setAttr(col, 'min', String(min)), 'max', String(max));

/** What our two columns had before we set their widths. */
export interface PreviousColumns {
  widths: [number | null, number | null];
  hidden: [boolean, boolean];
}

/**
 * A worksheet's head (everything before `<sheetData>`) with our columns' widths set (`<col>` elements added, or split out of a
 * clerk's range, which keeps its other attributes), and what the columns had before.
 * @example withOurWidths('<worksheet>', '', [[13, 30], [14, 14]]).head // '<worksheet><cols><col min="13" max="13" width="30" customWidth="1"/>…</cols>'
 */
export function withOurWidths(head: string, p: string, widths: [column: number, width: number][]): { head: string; previous: PreviousColumns } {
  const found = readCols(head);
  const cols = found ? [...found.cols] : [];
  const previous: PreviousColumns = { widths: [null, null], hidden: [false, false] };
  widths.forEach(([column, width], k) => {
    const i = cols.findIndex((c) => span(c)[0] <= column && column <= span(c)[1]);
    if (i < 0) {
      const at = cols.findIndex((c) => span(c)[0] > column);
      const ours = `<${p}col min="${column}" max="${column}" width="${width}" customWidth="1"/>`;
      cols.splice(at < 0 ? cols.length : at, 0, ours);
      return;
    }
    const col = cols[i];
    const [min, max] = span(col);
    const w = attrOf(col, 'width');
    previous.widths[k] = w === undefined || !Number.isFinite(Number(w)) ? null : Number(w);
    previous.hidden[k] = /^(1|true)$/.test(attrOf(col, 'hidden') ?? '');
    let mine = ranged(col, column, column);
    mine = removeAttr(setAttr(setAttr(mine, 'width', String(width)), 'customWidth', '1'), 'hidden');
    const pieces = [...(min < column ? [ranged(col, min, column - 1)] : []), mine, ...(column < max ? [ranged(col, column + 1, max)] : [])];
    cols.splice(i, 1, ...pieces);
  });
  const inner = cols.join('');
  if (found) return { head: head.slice(0, found.start) + found.open + inner + found.close + head.slice(found.end), previous };
  // No <cols>: it goes at the end of the head, right before <sheetData> (its place in the schema).
  return { head: `${head}<${p}cols>${inner}</${p}cols>`, previous };
}

/**
 * A worksheet's head with the widths of our columns as they were: our own `<col>` taken out, or
 * the clerk's width and hidden flag put back and a range we split joined again.
 * @example withoutOurWidths(annotatedHead, [[13, null, false], [14, null, false]]) // the head before annotating
 */
export function withoutOurWidths(head: string, columns: [column: number, width: number | null, hidden: boolean][]): string {
  const found = readCols(head);
  if (!found) return head;
  const cols = [...found.cols];
  const bare = (c: string) => removeAttr(removeAttr(c, 'min'), 'max');
  for (const [column, width, hidden] of columns) {
    const i = cols.findIndex((c) => span(c)[0] === column && span(c)[1] === column);
    if (i < 0) continue; // the clerk changed the range since: leave it
    let col = cols[i];
    if (width === null && !hidden && /^<(?:\w+:)?col\s+min="\d+"\s+max="\d+"\s+width="[^"]*"\s+customWidth="1"\s*\/>$/.test(col)) {
      cols.splice(i, 1);
      continue;
    }
    col = width === null ? removeAttr(removeAttr(col, 'width'), 'customWidth') : setAttr(col, 'width', String(width));
    if (hidden) col = setAttr(col, 'hidden', '1');
    cols[i] = col;
    // Join what annotating split: neighbours that differ only in their range.
    let at = i;
    if (at > 0 && span(cols[at - 1])[1] === column - 1 && bare(cols[at - 1]) === bare(col)) {
      cols.splice(at - 1, 2, ranged(cols[at - 1], span(cols[at - 1])[0], column));
      at--;
    }
    if (at + 1 < cols.length && span(cols[at + 1])[0] === span(cols[at])[1] + 1 && bare(cols[at + 1]) === bare(cols[at])) {
      cols.splice(at, 2, ranged(cols[at], span(cols[at])[0], span(cols[at + 1])[1]));
    }
  }
  if (cols.length === 0) return head.slice(0, found.start) + head.slice(found.end);
  return head.slice(0, found.start) + found.open + cols.join('') + found.close + head.slice(found.end);
}

/* ------------------------------------------------------------------------------------------------
 * Conditional formats.
 */

/**
 * The highest priority number of the worksheet's conditional formats (both the main ones and
 * Excel 2010's in the extension list), 0 when it has none.
 * @example topPriority('<cfRule type="expression" priority="3">') // 3
 */
export function topPriority(tail: string): number {
  let top = 0;
  for (const m of tail.matchAll(/<(?:\w+:)?cfRule\b[^>]*?\spriority\s*=\s*["'](\d+)["']/g)) top = Math.max(top, Number(m[1]));
  return top;
}

/**
 * The rest of a worksheet after `</sheetData>` with `element` inserted where the schema puts an element of that name.
 * @example insertInTail(tail, 'conditionalFormatting', '<conditionalFormatting …>…</conditionalFormatting>')
 */
export function insertInTail(tail: string, name: string, element: string): string {
  if (!element) return tail;
  const at = tailInsertion(tail, name);
  return tail.slice(0, at) + element + tail.slice(at);
}

/**
 * The rest of a worksheet after `</sheetData>` without the conditional-format rules `ours(formula, sqref)` claims (a format left
 * without rules goes too), and how many were taken out.
 * @example withoutOurFormats(tail, highlightOwner(record)) // { tail, removed: 3 }
 */
export function withoutOurFormats(tail: string, ours: (formula: string, sqref: string) => boolean): { tail: string; removed: number } {
  let removed = 0;
  let out = '';
  let pos = 0;
  for (const e of topElements(tail)) {
    if (e.name !== 'conditionalFormatting') continue;
    const xml = tail.slice(e.start, e.end);
    const sqref = attrOf(xml.slice(0, xml.indexOf('>') + 1), 'sqref') ?? '';
    let kept = 0;
    const rules = xml.replace(/<(?:\w+:)?cfRule\b[^>]*?\/>|<((?:\w+:)?cfRule)\b[^>]*>[\s\S]*?<\/\1>/g, (rule) => {
      const formula = /<(?:\w+:)?formula\b[^>]*>([\s\S]*?)<\/(?:\w+:)?formula>/.exec(rule)?.[1];
      if (/\stype\s*=\s*["']expression["']/.test(rule) && formula !== undefined && ours(unescapeXml(formula), sqref)) {
        removed++;
        return '';
      }
      kept++;
      return rule;
    });
    out += tail.slice(pos, e.start) + (kept ? rules : '');
    pos = e.end;
  }
  return { tail: out + tail.slice(pos), removed };
}

/**
 * Our conditional formats as worksheet XML, numbered after the clerk's (a larger number is a lower
 * precedence, so the clerk's formats win where both apply).
 * @example ourFormats([{ ref: 'A2:N90', formula: 'TRUE', dxf: 4 }], 3, '') // '<conditionalFormatting sqref="A2:N90"><cfRule type="expression" dxfId="4" priority="4">…'
 */
export function ourFormats(highlights: { ref: string; formula: string; dxf: number }[], after: number, p: string): string {
  return highlights
    .map(
      (h, i) =>
        `<${p}conditionalFormatting sqref="${escapeXml(h.ref)}"><${p}cfRule type="expression" dxfId="${h.dxf}" priority="${after + i + 1}"><${p}formula>${escapeXml(h.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
    )
    .join('');
}

/**
 * An A1 reference of a cell.
 * @example address(7, 13) // 'M7'
 */
export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
