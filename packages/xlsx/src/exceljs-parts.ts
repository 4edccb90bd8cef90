/**
 * exceljs finds a sheet's notes only under the names Excel gives them: the comments part at
 * `xl/commentsN.xml` and its drawing at `xl/drawings/vmlDrawingN.vml`, each named in the sheet's
 * relationships by exactly `../commentsN.xml` and `../drawings/vmlDrawingN.vml`. Other programs
 * write valid files that differ: openpyxl puts notes at `/xl/comments/comment1.xml` (an absolute
 * target) and `xl/drawings/commentsDrawing1.vml`, and exceljs then fails with "Cannot read
 * properties of undefined (reading 'comments')". Before exceljs loads such a file, those parts are
 * given Excel's names in a copy of the zip; every other part is copied as stored. openpyxl also
 * writes a note's text as a bare `<t>` under `<text>`, which exceljs reads as an empty note (it
 * takes only runs, `<r><t>`): such a text is wrapped in a run.
 */
import { attrOf, relationships, setAttr } from './ooxml';
import { entryData, partOfTarget, type ZipEntry } from './sniff';
import { ZipWriter } from './zip-write';

const decoder = new TextDecoder('utf-8');
const WORKSHEET_REL = /\/worksheet$/;
const COMMENTS = /^xl\/comments\d+\.xml$/;
const VML = /^xl\/drawings\/vmlDrawing\d+\.vml$/;
/** A note's text that is a bare `<t>` (no run), as openpyxl writes it. */
const BARE_TEXT = /(<(?:\w+:)?text>)\s*(<((?:\w+:)?)t\b[^>]*>[\s\S]*?<\/(?:\w+:)?t>)/g;

/** A free name `prefix{n}suffix` among `taken`, which it joins. */
function freeName(prefix: string, suffix: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${prefix}${n}${suffix}`)) n++;
  const name = `${prefix}${n}${suffix}`;
  taken.add(name);
  return name;
}

/**
 * The zip with every sheet's comments and VML drawing under the names exceljs reads, or
 * undefined when they already are (the common case: nothing is copied).
 * @example const bytesForExceljs = (await exceljsNotesParts(bytes, entries)) ?? bytes;
 */
export async function exceljsNotesParts(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<Uint8Array | undefined> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const e = byName.get(name);
    return e ? decoder.decode(entryData(bytes, e)) : undefined;
  };
  const workbookRels = text('xl/_rels/workbook.xml.rels');
  if (!workbookRels) return undefined;
  const taken = new Set(byName.keys());
  const renamed = new Map<string, string>(); // old part -> new part
  const changed = new Map<string, string>(); // part -> new text
  for (const sheet of relationships(workbookRels).filter((r) => WORKSHEET_REL.test(r.type) && !r.external)) {
    const part = partOfTarget(sheet.target, 'xl');
    const relsName = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = text(relsName);
    if (!rels) continue;
    const folder = part.replace(/\/[^/]+$/, '');
    let xml = rels;
    for (const r of relationships(rels)) {
      const kind = r.type.endsWith('/comments') ? 'comments' : r.type.endsWith('/vmlDrawing') ? 'vml' : undefined;
      if (!kind || r.external) continue;
      const target = partOfTarget(r.target, folder);
      if (!byName.has(target)) continue;
      let name = renamed.get(target) ?? target;
      if (!(kind === 'comments' ? COMMENTS : VML).test(name)) {
        name = kind === 'comments' ? freeName('xl/comments', '.xml', taken) : freeName('xl/drawings/vmlDrawing', '.vml', taken);
        renamed.set(target, name);
      }
      const wanted = `../${name.slice('xl/'.length)}`;
      if (attrOf(r.xml, 'Target') !== wanted) xml = xml.replace(r.xml, setAttr(r.xml, 'Target', wanted));
      if (kind === 'comments' && !changed.has(target)) {
        const comments = text(target) ?? '';
        const runs = comments.replace(BARE_TEXT, (_, open: string, t: string, prefix: string) => `${open}<${prefix}r>${t}</${prefix}r>`);
        if (runs !== comments) changed.set(target, runs);
      }
    }
    if (xml !== rels) changed.set(relsName, xml);
  }
  if (changed.size === 0 && renamed.size === 0) return undefined;
  const types = text('[Content_Types].xml');
  if (types && renamed.size) {
    let xml = types;
    for (const [from, to] of renamed) xml = xml.split(`PartName="/${from}"`).join(`PartName="/${to}"`);
    changed.set('[Content_Types].xml', xml);
  }
  const zip = new ZipWriter();
  for (const e of entries) {
    const text = changed.get(e.name);
    const to = renamed.get(e.name) ?? e.name;
    if (text !== undefined) await zip.add(to, [text]);
    else if (to !== e.name) await zip.add(to, [entryData(bytes, e)]);
    else zip.copy(bytes, e);
  }
  return Buffer.concat(zip.finish());
}
