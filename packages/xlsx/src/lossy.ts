/**
 * What exceljs 4.4 would lose if it wrote a workbook back, found from the zip before loading it,
 * so that a caller can refuse to rewrite a clerk's file in place rather than destroy work.
 *
 * Every entry below was found by a round trip (load, writeBuffer, compare the parts) of real Excel
 * and WPS files and of hand-written parts; lossless.test.ts keeps the cases as tests. Kept through
 * a round trip (some only with fidelity.ts), and so not listed: cell values, formulas (shared and
 * array), rich text, number formats, fonts, fills, borders, alignment, the default cell format,
 * merged cells, column widths, hidden or outlined rows and columns (blank ones too), frozen panes,
 * zoom, tab colour, hidden and very hidden sheets, notes (on empty cells too), list and other data
 * validations, conditional formats of the kinds Excel offers in its menus, tables, pictures placed
 * with a plain picture drawing, sheet backgrounds, external hyperlinks, print area, print titles,
 * page setup and margins, header/footer text, auto-filter ranges, plain defined names, the theme,
 * the document title and author. Rewritten but harmless, and not listed: calcChain (Excel rebuilds
 * it), printer-settings blobs, thumbnails, phonetic guides, ignored-error markers, the last sort
 * of a filter, the author names of notes, WPS's own custom properties.
 */
import { entryData, partOfTarget, type ZipEntry } from './sniff';

/** One kind of content exceljs would drop or damage on writing the workbook back. */
export interface LossyPart {
  /** Stable code, e.g. `charts`. */
  code: string;
  /** What is lost, in Chinese, e.g. `图表`. */
  zh: string;
  /** What is lost, in English, e.g. `charts`. */
  en: string;
  /** The zip parts that hold it, e.g. `xl/charts/chart1.xml`. */
  parts: string[];
  /** Names of the worksheets concerned, when the loss is inside worksheets. */
  sheets?: string[];
}

const LABELS: Record<string, [zh: string, en: string]> = {
  charts: ['图表', 'charts'],
  chartsheets: ['图表工作表', 'chart sheets'],
  'pivot-tables': ['数据透视表', 'pivot tables'],
  slicers: ['切片器', 'slicers'],
  timelines: ['日程表（时间线筛选器）', 'timelines'],
  vba: ['宏（VBA 代码）', 'macros (VBA)'],
  'external-links': ['外部链接（引用其他工作簿）', 'external links (references to other workbooks)'],
  'form-controls': ['表单控件（按钮、复选框等）', 'form controls (buttons, check boxes, ...)'],
  activex: ['ActiveX 控件', 'ActiveX controls'],
  'embedded-objects': ['嵌入的对象（OLE）', 'embedded (OLE) objects'],
  'threaded-comments': ['新式批注（线程批注）', 'threaded comments'],
  'data-connections': ['数据连接和查询表', 'data connections and query tables'],
  'data-model': ['数据模型（Power Pivot）', 'data model (Power Pivot)'],
  'custom-xml': ['自定义 XML 部件', 'custom XML parts'],
  'macro-sheets': ['宏表或对话框表', 'macro or dialog sheets'],
  'cell-images': ['单元格内嵌图片', 'pictures placed in cells'],
  'web-extensions': ['Office 加载项数据', 'Office add-in data'],
  shapes: ['形状、文本框等绘图对象', 'shapes, text boxes and other drawing objects'],
  images: ['部分图片或其裁剪、旋转等设置', 'some pictures or their crop and rotation'],
  'custom-properties': ['自定义文档属性', 'custom document properties'],
  'dynamic-arrays': ['动态数组公式（将变为旧式数组公式）', 'dynamic array formulas (they would become legacy array formulas)'],
  'workbook-protection': ['工作簿保护', 'workbook protection'],
  'calc-settings': ['迭代计算设置', 'the iterative calculation setting'],
  'defined-names': ['部分名称（名称管理器中的常量、公式、局部或隐藏名称）', 'some defined names (constants, formulas, sheet-scoped or hidden names)'],
  'custom-palette': ['自定义颜色调色板', 'a custom colour palette'],
  sparklines: ['迷你图', 'sparklines'],
  'data-validations': ['部分数据验证设置', 'some data validation settings'],
  'conditional-formats': ['部分条件格式', 'some conditional formats'],
  filters: ['筛选条件', 'filter criteria'],
  'sheet-protection': ['工作表保护密码或允许编辑区域', 'a sheet protection password or editable ranges'],
  scenarios: ['方案（模拟分析）', 'scenarios (what-if analysis)'],
  'custom-views': ['自定义视图', 'custom views'],
  'page-breaks': ['手动分页符', 'manual page breaks'],
  hyperlinks: ['工作簿内跳转链接或链接提示文字', 'in-workbook links or link tooltips'],
  'data-tables': ['模拟运算表', 'what-if data tables'],
  'other-sheet-parts': ['其他工作表设置（合并计算、监视窗口、智能标记或网页发布）', 'other sheet settings (consolidation, watches, smart tags or web publishing)'],
};

/** Parts recognised by name (or content type) alone. */
const BY_PART: { code: string; name: RegExp; type?: RegExp }[] = [
  { code: 'charts', name: /^xl\/charts\//, type: /drawingml\.chart|chartEx|drawingml\.chartshapes/ },
  { code: 'chartsheets', name: /^xl\/chartsheets\//, type: /chartsheet/ },
  { code: 'pivot-tables', name: /^xl\/(pivotTables|pivotCache)\//, type: /pivotTable|pivotCache/ },
  { code: 'slicers', name: /^xl\/(slicers|slicerCaches)\//, type: /slicer/ },
  { code: 'timelines', name: /^xl\/(timelines|timelineCaches)\//, type: /timeline/ },
  { code: 'vba', name: /^xl\/vbaProject(Signature)?\.bin$|^xl\/vbaData\.xml$/, type: /vbaProject|macroEnabled|ms-office\.vbaProject/ },
  { code: 'external-links', name: /^xl\/externalLinks\//, type: /externalLink/ },
  { code: 'form-controls', name: /^xl\/ctrlProps\//, type: /ctrlProps/ },
  { code: 'activex', name: /^xl\/activeX\//, type: /activeX/ },
  { code: 'embedded-objects', name: /^xl\/embeddings\//, type: /oleObject/ },
  { code: 'threaded-comments', name: /^xl\/threadedComments\//, type: /threadedcomments/i },
  { code: 'data-connections', name: /^xl\/queryTables\/|^xl\/connections\.xml$/, type: /queryTable|spreadsheetml\.connections/ },
  { code: 'data-model', name: /^xl\/model\// },
  { code: 'custom-xml', name: /^customXml\// },
  { code: 'macro-sheets', name: /^xl\/(macrosheets|dialogsheets)\//, type: /macrosheet|dialogsheet/ },
  { code: 'cell-images', name: /^xl\/cellimages\.xml$|^xl\/richData\// },
  { code: 'web-extensions', name: /^xl\/webextensions\// },
];

/** Names exceljs's loader finds (its own patterns); other media and drawings are skipped. */
const EXCELJS_MEDIA = /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/;
const EXCELJS_DRAWING = /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

const decoder = new TextDecoder('utf-8');

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      case 'amp':
        return '&';
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The attributes of one start tag (namespace prefixes kept). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  return out;
}

/** Every start tag of an element (any namespace prefix), e.g. all `<cfRule ...>`. */
function tags(xml: string, local: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

function has(xml: string, local: string): boolean {
  return new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])`).test(xml);
}

const TRUE = /^(1|true)$/i;

/**
 * Does a `<workbookProtection>` protect anything? LibreOffice writes an empty one into every
 * workbook it saves: no lock and no password is no protection, and dropping it loses nothing.
 */
function protects(tag: string): boolean {
  return Object.entries(attributes(tag)).some(([name, value]) => (/^lock/.test(name) ? TRUE.test(value) : /password|hash|salt/i.test(name) && value !== ''));
}
const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
/** A defined name exceljs keeps: one or more plain cell ranges, each on a named sheet. */
const PLAIN_RANGE = /^(?:'(?:[^']|'')+'|[^'!,\s()&"=+\-*/<>^]+)!\$?[A-Z]{1,3}\$?[1-9]\d*(?::\$?[A-Z]{1,3}\$?[1-9]\d*)?$/;

/** Split a defined name's text at commas outside quotes. */
function splitRanges(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Losses inside one worksheet's XML, by code. */
function worksheetLosses(xml: string): Set<string> {
  const found = new Set<string>();
  const start = xml.indexOf('<sheetData');
  const endTag = xml.lastIndexOf('</sheetData>');
  // Everything after the cells is small; the cells are scanned for a few attributes only.
  const tail = endTag >= 0 ? xml.slice(endTag) : start >= 0 ? '' : xml;
  const cells = start >= 0 ? xml.slice(start, endTag >= 0 ? endTag : undefined) : '';

  if (/<(?:[\w.-]+:)?f\b[^>]*\bt\s*=\s*["']dataTable["']/.test(cells)) found.add('data-tables');
  if (/<c\b[^>]*\scm\s*=/.test(cells)) found.add('dynamic-arrays');
  if (/<c\b[^>]*\svm\s*=/.test(cells)) found.add('cell-images');

  if (has(tail, 'sparklineGroups')) found.add('sparklines');
  if (has(tail, 'customSheetViews')) found.add('custom-views');
  if (has(tail, 'scenarios')) found.add('scenarios');
  if (has(tail, 'protectedRanges') || has(tail, 'protectedRange')) found.add('sheet-protection');
  for (const tag of tags(tail, 'sheetProtection')) if (attributes(tag).password) found.add('sheet-protection');
  if (has(tail, 'brk')) found.add('page-breaks');
  if (has(tail, 'legacyDrawingHF')) found.add('images');
  if (has(tail, 'oleObjects')) found.add('embedded-objects');
  if (has(tail, 'controls')) found.add('form-controls');
  for (const local of ['dataConsolidate', 'cellWatches', 'smartTags', 'webPublishItems']) if (has(tail, local)) found.add('other-sheet-parts');
  // An active filter's criteria (the last sort, sortState, is only a memory of it: not listed).
  if (has(tail, 'filterColumn')) found.add('filters');
  for (const tag of tags(tail, 'hyperlink')) {
    const a = attributes(tag);
    if (a.location !== undefined || a.tooltip !== undefined) found.add('hyperlinks');
  }

  // Conditional formats (after fidelity.ts): exceljs still drops "stop if true" on the kinds it
  // writes itself, the standard-deviation form of above/below average, and Excel 2010 rules
  // other than data bars and icon sets.
  const ownKinds = /^(expression|cellIs|duplicateValues|uniqueValues|beginsWith|endsWith|containsText|notContainsText)$/;
  for (const tag of tags(tail, 'cfRule')) {
    const a = attributes(tag);
    if (tag.startsWith('<x14:')) {
      if (a.type !== 'dataBar' && a.type !== 'iconSet') found.add('conditional-formats');
      continue;
    }
    if ((TRUE.test(a.stopIfTrue ?? '') && !ownKinds.test(a.type ?? '')) || a.stdDev !== undefined || a.equalAverage !== undefined) found.add('conditional-formats');
  }

  // Data validations: exceljs parses the formula of a number, date or length rule as a number
  // (a reference becomes NaN), cannot place a whole-column range, and drops showDropDown and
  // imeMode; the Excel 2010 extension list form is not read at all.
  if (has(tail, 'dataValidations') && /<x14:dataValidations?\b/.test(tail)) found.add('data-validations');
  const dv = /<dataValidation\b([^>]*?)(\/>|>([\s\S]*?)<\/dataValidation>)/g;
  for (const m of tail.matchAll(dv)) {
    const a = attributes(`<dataValidation${m[1]}>`);
    const body = m[3] ?? '';
    if (a.showDropDown !== undefined || a.imeMode !== undefined) found.add('data-validations');
    if ((a.sqref ?? '').split(/\s+/).some((r) => r !== '' && !/\d/.test(r))) found.add('data-validations');
    if (/^(whole|decimal|date|textLength)$/.test(a.type ?? '')) {
      for (const f of body.matchAll(/<formula[12]>([\s\S]*?)<\/formula[12]>/g)) if (!NUMBER.test(unescapeXml(f[1]))) found.add('data-validations');
    }
  }
  return found;
}

/** Losses inside a DrawingML part: anything but plain pictures. */
function drawingLosses(xml: string): Set<string> {
  const found = new Set<string>();
  for (const local of ['sp', 'grpSp', 'graphicFrame', 'cxnSp', 'contentPart', 'absoluteAnchor', 'AlternateContent']) if (has(xml, local)) found.add('shapes');
  if (/<(?:[\w.-]+:)?srcRect\s+[^>]*\b[ltrb]\s*=/.test(xml) || /\brot\s*=\s*["']-?[1-9]/.test(xml) || /\br:link\s*=/.test(xml)) found.add('images');
  return found;
}

/**
 * The losses of writing the workbook in these zip entries back with exceljs, one entry per kind,
 * in a fixed order. `entries` must come from a verified zip.
 * @example findLossyParts(bytes, readZipDirectory(bytes)!.entries) // [{ code: 'charts', zh: '图表', en: 'charts', parts: ['xl/charts/chart1.xml'] }]
 */
export function findLossyParts(bytes: Uint8Array, entries: readonly ZipEntry[]): LossyPart[] {
  const byCode = new Map<string, { parts: Set<string>; sheets: Set<string> }>();
  const add = (code: string, part: string, sheet?: string) => {
    let entry = byCode.get(code);
    if (!entry) byCode.set(code, (entry = { parts: new Set(), sheets: new Set() }));
    entry.parts.add(part);
    if (sheet !== undefined) entry.sheets.add(sheet);
  };
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string): string | undefined => {
    const e = byName.get(name);
    return e ? decoder.decode(entryData(bytes, e)) : undefined;
  };

  // Content types name parts that may sit anywhere (a macro-enabled workbook, a chart elsewhere).
  const types = new Map<string, string>();
  const contentTypes = text('[Content_Types].xml') ?? '';
  for (const tag of tags(contentTypes, 'Override')) {
    const a = attributes(tag);
    if (a.PartName && a.ContentType) types.set(a.PartName.replace(/^\//, ''), a.ContentType);
  }
  const defaults = new Map<string, string>();
  for (const tag of tags(contentTypes, 'Default')) {
    const a = attributes(tag);
    if (a.Extension && a.ContentType) defaults.set(a.Extension.toLowerCase(), a.ContentType);
  }
  const typeOf = (name: string) => types.get(name) ?? defaults.get(name.slice(name.lastIndexOf('.') + 1).toLowerCase()) ?? '';

  for (const e of entries) {
    const name = e.name;
    if (name.endsWith('/')) continue;
    const type = typeOf(name);
    for (const rule of BY_PART) if (rule.name.test(name) || (rule.type && rule.type.test(type))) add(rule.code, name);
    if (name.startsWith('xl/media/') && !EXCELJS_MEDIA.test(name)) add('images', name);
    if (name.startsWith('xl/drawings/') && !name.startsWith('xl/drawings/_rels/')) {
      if (name.endsWith('.vml')) {
        // VML drawings hold notes (rebuilt by exceljs) but also legacy form controls.
        const vml = text(name) ?? '';
        if (/ObjectType\s*=\s*["'](?!Note["'])/.test(vml)) add('form-controls', name);
      } else if (name.endsWith('.xml')) {
        if (!EXCELJS_DRAWING.test(name)) add('images', name);
        for (const code of drawingLosses(text(name) ?? '')) add(code, name);
      }
    }
  }

  // The list of people of threaded comments goes with them (alone it holds nothing of the clerk's).
  if (byCode.has('threaded-comments')) for (const e of entries) if (e.name.startsWith('xl/persons/')) add('threaded-comments', e.name);

  // Worksheets, with their names for the message.
  const workbook = text('xl/workbook.xml') ?? '';
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const tag of tags(rels, 'Relationship')) {
    const a = attributes(tag);
    if (a.Id && a.Target) targets.set(a.Id, partOfTarget(a.Target, 'xl'));
  }
  const sheetNames = new Map<string, string>();
  const sheetOrder: string[] = [];
  for (const tag of tags(workbook, 'sheet')) {
    const a = attributes(tag);
    const target = a['r:id'] ? targets.get(a['r:id']) : undefined;
    if (target) sheetNames.set(target, a.name ?? '');
    sheetOrder.push(a.name ?? '');
  }
  for (const e of entries) {
    if (!WORKSHEET.test(e.name)) continue;
    for (const code of worksheetLosses(text(e.name) ?? '')) add(code, e.name, sheetNames.get(e.name));
  }

  // The workbook part.
  const wbTail = workbook.slice(Math.max(0, workbook.indexOf('</sheets>')));
  if (tags(workbook, 'workbookProtection').some(protects) || has(workbook, 'fileSharing')) add('workbook-protection', 'xl/workbook.xml');
  if (has(workbook, 'customWorkbookViews')) add('custom-views', 'xl/workbook.xml');
  for (const tag of tags(workbook, 'calcPr')) if (TRUE.test(attributes(tag).iterate ?? '')) add('calc-settings', 'xl/workbook.xml');
  for (const m of wbTail.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const a = attributes(`<definedName${m[1]}>`);
    const name = a.name ?? '';
    const value = unescapeXml(m[2]).trim();
    if (name === '_xlnm._FilterDatabase' || name === '_xlnm.Print_Titles') continue;
    const ranges = splitRanges(value);
    if (name === '_xlnm.Print_Area') {
      // exceljs keeps the first area of a print area only.
      if (ranges.length > 1) add('defined-names', 'xl/workbook.xml', sheetOrder[Number(a.localSheetId)]);
      continue;
    }
    if (a.localSheetId !== undefined || TRUE.test(a.hidden ?? '') || !ranges.every((r) => PLAIN_RANGE.test(r.trim()))) add('defined-names', 'xl/workbook.xml');
  }

  const styles = text('xl/styles.xml') ?? '';
  if (has(styles, 'indexedColors')) add('custom-palette', 'xl/styles.xml');

  // WPS writes its build number (KSOProductBuildVer) and an ICV id into every file: not the clerk's.
  const custom = text('docProps/custom.xml');
  if (custom) {
    const names = tags(custom, 'property').map((t) => attributes(t).name ?? '');
    if (names.some((n) => !/^(KSO|ICV$)/.test(n))) add('custom-properties', 'docProps/custom.xml');
  }

  const order = Object.keys(LABELS);
  return [...byCode.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([code, { parts, sheets }]) => {
      const [zh, en] = LABELS[code];
      const lossy: LossyPart = { code, zh, en, parts: [...parts].sort() };
      if (sheets.size) lossy.sheets = [...sheets];
      return lossy;
    });
}
