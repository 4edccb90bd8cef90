/**
 * The formats of our cells and conditional formats, added to a workbook's xl/styles.xml as text:
 * the same look as the exceljs writer gives them (annotation-styles.ts: header pale blue, bold, thin grey
 * border; status cells in the level's fill and font colour; the next-due date as yyyy-mm-dd; the
 * highlight dxfs), built on the clerk's default font. Each entry is looked up before it is
 * appended, so annotating again (or after clearing) adds nothing twice; the clerk's entries keep
 * their places and indexes.
 */
import { type Highlight, type RowLevel } from '@ledgerlint/policy';
import { ANNOTATION_COLORS, type CellColors } from '@ledgerlint/policy/annotate';
import { attrOf, escapeXml, findOrAppend, readList, writeList, type XmlList } from './ooxml';
import { LINK_COLOR } from './annotation-styles';

/** Indexes of our formats in the styles part. */
export interface OurStyles {
  /** cellXfs index of our header cells. */
  header: number;
  /** cellXfs index of a status cell by its level (every level wraps its text). */
  level: Record<RowLevel, number>;
  /** cellXfs index of the next-due date cells. */
  date: number;
  /** cellXfs index of the bold headings of the summary sheet. */
  bold: number;
  /** cellXfs index of the link cells of the 待回访 sheet. */
  link: number;
  /** dxfs index of each highlight style. */
  dxf: Record<Highlight['style'], number>;
}

const argb = (rgb: string) => `FF${rgb}`;
const DATE_FORMAT = 'yyyy-mm-dd';
const GREY = argb('A6A6A6');

/** The schema order of CT_Stylesheet's children. */
const STYLE_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Where a list the part lacks goes: after the nearest earlier list of the schema, else first. */
function afterEarlier(xml: string, name: string): number {
  for (const earlier of STYLE_ORDER.slice(0, STYLE_ORDER.indexOf(name)).reverse()) {
    const m = new RegExp(`</(?:\\w+:)?${earlier}>|<(?:\\w+:)?${earlier}\\b[^>]*/>`).exec(xml);
    if (m) return m.index + m[0].length;
  }
  const open = /<(?:\w+:)?styleSheet\b[^>]*>/.exec(xml);
  if (!open) throw new Error('no <styleSheet>');
  return open.index + open[0].length;
}

/** The inner XML of a font with the given child elements taken out. */
function fontInner(font: string, drop: RegExp): string {
  const m = /^<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*)<\/(?:\w+:)?font>)$/.exec(font);
  return (m?.[1] ?? '').replace(drop, '');
}

/**
 * The styles part with our formats added, and their indexes. Throws when the part has no fonts,
 * fills, borders or cell formats list (no spreadsheet program writes that).
 * @example const { xml, styles } = withOurStyles(stylesXml); styles.header // 12
 */
export function withOurStyles(xml: string): { xml: string; styles: OurStyles } {
  const p = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? '';
  const lists = new Map<string, XmlList | undefined>();
  const child: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };
  for (const [list, item] of Object.entries(child)) lists.set(list, readList(xml, list, item));
  const need = (name: string) => {
    const list = lists.get(name);
    if (!list) throw new Error(`styles.xml has no <${name}>`);
    return list;
  };
  const fonts = need('fonts');
  const fills = need('fills');
  const borders = need('borders');
  const cellXfs = need('cellXfs');
  if (cellXfs.children.length === 0 || fonts.children.length === 0) throw new Error('styles.xml has no default format');

  // The clerk's default font: that of cell format 0.
  const baseFontId = Number(attrOf(cellXfs.children[0], 'fontId') ?? 0);
  const baseFont = fonts.children[baseFontId] ?? fonts.children[0];
  const tag = (name: string) => `${p}${name}`;
  const boldFont = `<${tag('font')}><${tag('b')}/>${fontInner(baseFont, /<(?:\w+:)?b\b[^>]*\/>|<(?:\w+:)?b\b[^>]*>\s*<\/(?:\w+:)?b>/g)}</${tag('font')}>`;
  const coloured = (rgb: string) =>
    `<${tag('font')}>${fontInner(baseFont, /<(?:\w+:)?color\b[^>]*\/>|<(?:\w+:)?color\b[^>]*>\s*<\/(?:\w+:)?color>/g)}<${tag('color')} rgb="${argb(rgb)}"/></${tag('font')}>`;
  const solid = (rgb: string) => `<${tag('fill')}><${tag('patternFill')} patternType="solid"><${tag('fgColor')} rgb="${argb(rgb)}"/></${tag('patternFill')}></${tag('fill')}>`;
  const side = (s: string) => `<${tag(s)} style="thin"><${tag('color')} rgb="${GREY}"/></${tag(s)}>`;
  const thinBorder = `<${tag('border')}>${side('left')}${side('right')}${side('top')}${side('bottom')}<${tag('diagonal')}/></${tag('border')}>`;

  // The date format: an existing one with exactly this code, else a new id above the custom range start.
  let numFmts = lists.get('numFmts');
  let dateFmt = -1;
  for (const f of numFmts?.children ?? []) if (attrOf(f, 'formatCode') === DATE_FORMAT) dateFmt = Number(attrOf(f, 'numFmtId'));
  if (dateFmt < 0) {
    let top = 163;
    for (const f of numFmts?.children ?? []) top = Math.max(top, Number(attrOf(f, 'numFmtId') ?? 0));
    dateFmt = top + 1;
    numFmts ??= { start: -1, end: -1, openTag: `<${tag('numFmts')} count="0">`, children: [], name: tag('numFmts') };
    numFmts.children.push(`<${tag('numFmt')} numFmtId="${dateFmt}" formatCode="${escapeXml(DATE_FORMAT)}"/>`);
    lists.set('numFmts', numFmts);
  }

  const headerFont = findOrAppend(fonts, boldFont);
  const xf = (attrs: string, inner = '') => (inner ? `<${tag('xf')} ${attrs}>${inner}</${tag('xf')}>` : `<${tag('xf')} ${attrs}/>`);
  const header = findOrAppend(
    cellXfs,
    xf(
      `numFmtId="0" fontId="${headerFont}" fillId="${findOrAppend(fills, solid(ANNOTATION_COLORS.header.fill))}" borderId="${findOrAppend(borders, thinBorder)}" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"`,
      `<${tag('alignment')} vertical="center" wrapText="1"/>`,
    ),
  );
  // Status cells wrap from the top (annotation-styles.ts STATUS_ALIGNMENT).
  const wrap = `<${tag('alignment')} vertical="top" wrapText="1"/>`;
  const levelXf = (level: Exclude<RowLevel, 'ok'>) => {
    const c: CellColors = ANNOTATION_COLORS[level];
    const font = c.font === undefined ? baseFontId : findOrAppend(fonts, coloured(c.font));
    return findOrAppend(cellXfs, xf(`numFmtId="0" fontId="${font}" fillId="${findOrAppend(fills, solid(c.fill))}" borderId="0" xfId="0"${c.font === undefined ? '' : ' applyFont="1"'} applyFill="1" applyAlignment="1"`, wrap));
  };
  const level: OurStyles['level'] = {
    ok: findOrAppend(cellXfs, xf(`numFmtId="0" fontId="${baseFontId}" fillId="0" borderId="0" xfId="0" applyAlignment="1"`, wrap)),
    bad: levelXf('bad'),
    'due-soon': levelXf('due-soon'),
    invalid: levelXf('invalid'),
    quiet: levelXf('quiet'),
  };
  const date = findOrAppend(cellXfs, xf(`numFmtId="${dateFmt}" fontId="${baseFontId}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"`));
  const bold = findOrAppend(cellXfs, xf(`numFmtId="0" fontId="${headerFont}" fillId="0" borderId="0" xfId="0" applyFont="1"`));
  const linkFont = `<${tag('font')}><${tag('u')}/>${fontInner(baseFont, /<(?:\w+:)?(?:color|u)\b[^>]*\/>|<(?:\w+:)?(?:color|u)\b[^>]*>\s*<\/(?:\w+:)?(?:color|u)>/g)}<${tag('color')} rgb="${argb(LINK_COLOR)}"/></${tag('font')}>`;
  const link = findOrAppend(cellXfs, xf(`numFmtId="0" fontId="${findOrAppend(fonts, linkFont)}" fillId="0" borderId="0" xfId="0" applyFont="1"`));

  // Conditional-format styles: a dxf fill is given as bgColor.
  let dxfs = lists.get('dxfs');
  dxfs ??= { start: -1, end: -1, openTag: `<${tag('dxfs')} count="0">`, children: [], name: tag('dxfs') };
  lists.set('dxfs', dxfs);
  const dxfFill = (rgb: string) => `<${tag('fill')}><${tag('patternFill')} patternType="solid"><${tag('bgColor')} rgb="${argb(rgb)}"/></${tag('patternFill')}></${tag('fill')}>`;
  const dxfFont = (rgb: string) => `<${tag('font')}><${tag('color')} rgb="${argb(rgb)}"/></${tag('font')}>`;
  const dxf: OurStyles['dxf'] = {
    bad: findOrAppend(dxfs, `<${tag('dxf')}>${dxfFont(ANNOTATION_COLORS.bad.font)}${dxfFill(ANNOTATION_COLORS.bad.fill)}</${tag('dxf')}>`),
    'due-soon': findOrAppend(dxfs, `<${tag('dxf')}>${dxfFont(ANNOTATION_COLORS['due-soon'].font)}${dxfFill(ANNOTATION_COLORS['due-soon'].fill)}</${tag('dxf')}>`),
    invalid: findOrAppend(dxfs, `<${tag('dxf')}>${dxfFill(ANNOTATION_COLORS.invalid.fill)}</${tag('dxf')}>`),
  };

  // Write the lists back from the end of the part to its start, so earlier offsets stay valid;
  // a list the part did not have goes where the schema orders it.
  let out = xml;
  const edits = [...lists.entries()].filter((e): e is [string, XmlList] => !!e[1]).sort((a, b) => b[1].start - a[1].start);
  for (const [name, list] of edits) {
    if (list.start >= 0) {
      out = out.slice(0, list.start) + writeList(list) + out.slice(list.end);
      continue;
    }
    const at = afterEarlier(out, name);
    out = out.slice(0, at) + writeList(list) + out.slice(at);
  }
  return { xml: out, styles: { header, level, date, bold, link, dxf } };
}
