/**
 * Small text-level edits of OOXML parts for the streaming annotator: attributes of a start tag,
 * escaping, relationships, content types and the non-nesting lists of styles.xml. Each edit
 * changes only what it names and leaves every other byte of the part as it was, so that taking
 * an edit out again gives the part back byte for byte.
 */
import { unescapeOoxml } from './xlsx';

/** Namespaces we write. */
export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

/** Relationship and content types of the parts we add. */
export const TYPES = {
  worksheet: `${NS.rel}/worksheet`,
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  worksheetContent: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  commentsContent: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vmlContent: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Text as XML character data or an attribute value.
 * @example escapeXml('a<b & "c"') // 'a&lt;b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/**
 * XML character data or an attribute value decoded: the five named entities and numeric
 * character references.
 * @example unescapeXml('a&lt;b&#10;&#x4E2D;') // 'a<b\n中'
 */
export function unescapeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(?:(lt|gt|quot|apos|amp)|#(\d+)|#x([0-9a-fA-F]+));/g, (all, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return ENTITIES[name];
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** An attribute name as a regular expression (`r:id` -> `r:id`, dots escaped). */
function attrPattern(name: string): RegExp {
  return new RegExp(`(\\s)${name.replace(/[.]/g, '\\.')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
}

/**
 * The value of an attribute in a start tag (or its attribute text), unescaped; undefined when absent.
 * @example attrOf('<col min="3" max="5"/>', 'max') // '5'
 */
export function attrOf(tag: string, name: string): string | undefined {
  const m = attrPattern(name).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

/**
 * A start tag with one attribute set (replaced in place, or added before the end of the tag).
 * @example setAttr('<col min="3" max="5"/>', 'max', '4') // '<col min="3" max="4"/>'
 */
export function setAttr(tag: string, name: string, value: string): string {
  const re = attrPattern(name);
  const v = escapeXml(value);
  if (re.test(tag)) return tag.replace(re, (_, space: string) => `${space}${name}="${v}"`);
  return tag.replace(/\s*(\/?>)$/, (end) => ` ${name}="${v}"${end.trimStart()}`);
}

/**
 * A start tag without one attribute.
 * @example removeAttr('<col min="3" hidden="1"/>', 'hidden') // '<col min="3"/>'
 */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(attrPattern(name), '');
}

/**
 * The namespace prefix (with its colon) of a part's root element, '' when it has none.
 * @example rootPrefix('<?xml version="1.0"?><x:worksheet xmlns:x="…">') // 'x:'
 */
export function rootPrefix(xml: string, root: string): string {
  const m = new RegExp(`<(\\w+:)?${root}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** One `<Relationship>` of a .rels part. */
export interface Relationship {
  id: string;
  /** Full relationship type URI. */
  type: string;
  target: string;
  external: boolean;
  /** The element's text, as it stands in the part. */
  xml: string;
}

/**
 * Every relationship of a .rels part, as written (Target not resolved).
 * @example relationships(relsXml).find((r) => r.type.endsWith('/comments'))?.target // '../comments1.xml'
 */
export function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?\/>|<(?:\w+:)?Relationship\b[^>]*>[\s\S]*?<\/(?:\w+:)?Relationship>/g)) {
    const tag = m[0];
    out.push({ id: attrOf(tag, 'Id') ?? '', type: attrOf(tag, 'Type') ?? '', target: attrOf(tag, 'Target') ?? '', external: attrOf(tag, 'TargetMode') === 'External', xml: tag });
  }
  return out;
}

/**
 * A relationship id not yet used in a .rels part: `rId` and one more than the largest number.
 * @example freshRelId('<Relationship Id="rId3" …/>') // 'rId4'
 */
export function freshRelId(xml: string, taken: readonly string[] = []): string {
  let n = 0;
  for (const m of xml.matchAll(/\bId\s*=\s*["']rId(\d+)["']/g)) n = Math.max(n, Number(m[1]));
  for (const id of taken) n = Math.max(n, Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0));
  return `rId${n + 1}`;
}

/**
 * Put elements in at the end of an element (the last one of that name: `</Relationships>`,
 * `</Types>`, `</sheets>`).
 * @example insertBeforeClose(relsXml, 'Relationships', '<Relationship Id="rId9" …/>')
 */
export function insertBeforeClose(xml: string, root: string, inner: string): string {
  let close: RegExpExecArray | undefined;
  for (const m of xml.matchAll(new RegExp(`</(\\w+:)?${root}>`, 'g'))) close = m as RegExpExecArray;
  if (close) return xml.slice(0, close.index) + inner + xml.slice(close.index);
  // A root written empty (`<Relationships …/>`): open it.
  const empty = new RegExp(`<((?:\\w+:)?${root})\\b([^>]*?)\\s*/>`).exec(xml);
  if (!empty) throw new Error(`no <${root}> element`);
  return `${xml.slice(0, empty.index)}<${empty[1]}${empty[2]}>${inner}</${empty[1]}>${xml.slice(empty.index + empty[0].length)}`;
}

/**
 * A new .rels part holding the given relationships.
 * @example relsPart([{ id: 'rId1', type: TYPES.comments, target: '../comments1.xml' }])
 */
export function relsPart(rels: { id: string; type: string; target: string }[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}">${rels.map(relXml).join('')}</Relationships>`;
}

/**
 * One `<Relationship>` element.
 * @example relXml({ id: 'rId1', type: TYPES.worksheet, target: 'worksheets/sheet3.xml' })
 */
export function relXml(r: { id: string; type: string; target: string }): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;
}

/**
 * The .rels part of a part (`xl/worksheets/sheet1.xml` -> `xl/worksheets/_rels/sheet1.xml.rels`).
 * @example relsPartOf('xl/workbook.xml') // 'xl/_rels/workbook.xml.rels'
 */
export function relsPartOf(part: string): string {
  return part.replace(/([^/]+)$/, '_rels/$1.rels');
}

/**
 * The folder of a part, against which its relationships' targets resolve.
 * @example folderOf('xl/worksheets/sheet1.xml') // 'xl/worksheets'
 */
export function folderOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/**
 * A target for a relationship from `fromFolder` to the part `to` (both zip entry names).
 * @example relativeTarget('xl/worksheets', 'xl/comments1.xml') // '../comments1.xml'
 */
export function relativeTarget(fromFolder: string, to: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const dest = to.split('/');
  let common = 0;
  while (common < from.length && common < dest.length - 1 && from[common] === dest[common]) common++;
  return [...from.slice(common).map(() => '..'), ...dest.slice(common)].join('/');
}

/**
 * `[Content_Types].xml` with an Override for each new part and, right after them, a Default for
 * an extension not yet declared (where withoutContentTypes finds it again), before `</Types>`.
 * @example withContentTypes(xml, [['/xl/comments1.xml', TYPES.commentsContent]], [['vml', TYPES.vmlContent]])
 */
export function withContentTypes(xml: string, overrides: [part: string, type: string][], defaults: [ext: string, type: string][] = []): string {
  let inner = '';
  for (const [part, type] of overrides) inner += `<Override PartName="${escapeXml(part)}" ContentType="${type}"/>`;
  for (const [ext, type] of defaults) {
    if (new RegExp(`<(?:\\w+:)?Default\\b[^>]*\\bExtension\\s*=\\s*["']${ext}["']`, 'i').test(xml)) continue;
    inner += `<Default Extension="${ext}" ContentType="${type}"/>`;
  }
  return inner ? insertBeforeClose(xml, 'Types', inner) : xml;
}

/**
 * `[Content_Types].xml` without the Overrides of the given parts, and without a Default that
 * withContentTypes put right after one of them when no part with its extension is left (a Default
 * anywhere else is the clerk's and stays).
 * @example withoutContentTypes(xml, ['/xl/comments1.xml'], remainingNames)
 */
export function withoutContentTypes(xml: string, parts: readonly string[], remaining: readonly string[]): string {
  const drop = new Set(parts.map((p) => p.toLowerCase()));
  const unused = (ext: string) => !remaining.some((n) => n.toLowerCase().endsWith(`.${ext.toLowerCase()}`));
  return xml.replace(/(<(?:\w+:)?Override\b[^>]*?\/>)((?:<(?:\w+:)?Default\b[^>]*?\/>)*)/g, (_, override: string, defaults: string) => {
    if (!drop.has((attrOf(override, 'PartName') ?? '').toLowerCase())) return override + defaults;
    return defaults.replace(/<(?:\w+:)?Default\b[^>]*?\/>/g, (d) => (unused(attrOf(d, 'Extension') ?? '') ? '' : d));
  });
}

/** A list element of styles.xml (`<fonts count="2">…</fonts>`) and its children as written. */
export interface XmlList {
  /** Where the list element starts and ends in the part. */
  start: number;
  end: number;
  openTag: string;
  /** The children's text, in order. */
  children: string[];
  /** The element name with its prefix (`fonts`, `x:fonts`). */
  name: string;
}

/**
 * A list element whose children do not nest (fonts/font, cellXfs/xf, dxfs/dxf, authors/author),
 * or undefined when the part has none.
 * @example readList(stylesXml, 'fonts', 'font')?.children.length // 2
 */
export function readList(xml: string, list: string, child: string): XmlList | undefined {
  const open = new RegExp(`<((?:\\w+:)?${list})\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  const name = open[1];
  if (open[2] === '/') return { start: open.index, end: open.index + open[0].length, openTag: open[0].replace(/\s*\/>$/, '>'), children: [], name };
  const closeTag = `</${name}>`;
  const close = xml.indexOf(closeTag, open.index + open[0].length);
  if (close < 0) throw new Error(`<${list}> is not closed`);
  const inner = xml.slice(open.index + open[0].length, close);
  const childRe = new RegExp(`<(?:\\w+:)?${child}\\b[^>]*?/>|<((?:\\w+:)?${child})\\b[^>]*>[\\s\\S]*?</\\1>`, 'g');
  return { start: open.index, end: close + closeTag.length, openTag: open[0], children: inner.match(childRe) ?? [], name };
}

/**
 * A list element written back with its children and `count` (when it had one, or `withCount`).
 * @example writeList(list) // '<fonts count="3" x14ac:knownFonts="1">…</fonts>'
 */
export function writeList(list: XmlList, withCount = true): string {
  const open = withCount ? setAttr(list.openTag, 'count', String(list.children.length)) : list.openTag;
  return `${open}${list.children.join('')}</${list.name}>`;
}

/**
 * Index of a child in a list, appended when no child has exactly this text.
 * @example findOrAppend(fonts, '<font><b/></font>') // 3
 */
export function findOrAppend(list: XmlList, child: string): number {
  const at = list.children.indexOf(child);
  return at >= 0 ? at : list.children.push(child) - 1;
}

/**
 * Where to put an element that the schema orders before any of `later` (the first of those
 * present), else before the root's closing tag.
 * @example insertionPoint(tail, ['dataValidations', 'hyperlinks'], 'worksheet')
 */
export function insertionPoint(xml: string, later: readonly string[], root: string): number {
  let at = -1;
  for (const name of later) {
    const m = new RegExp(`<(?:\\w+:)?${name}[\\s/>]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at >= 0) return at;
  const close = new RegExp(`</(?:\\w+:)?${root}>`).exec(xml);
  if (!close) throw new Error(`no </${root}>`);
  return close.index;
}

/**
 * Text of an OOXML string item (`<si>`, `<is>`, a comment's `<text>`): its `<t>` runs joined,
 * phonetic guides left out, entities and `_xHHHH_` escapes decoded.
 * @example stringItemText('<r><t>张</t></r><r><t>三</t></r><rPh sb="0" eb="1"><t>zhang</t></rPh>') // '张三'
 */
export function stringItemText(inner: string): string {
  let s = '';
  const body = inner.indexOf('rPh') < 0 ? inner : inner.replace(/<(?:\w+:)?rPh\b[^>]*\/>|<(?:\w+:)?rPh\b[^>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) s += m[1] ?? '';
  return unescapeOoxml(unescapeXml(s));
}
