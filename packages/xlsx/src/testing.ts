/**
 * Test helpers (not exported from the package): a tiny zip writer to hand-craft workbooks that
 * exceljs itself would never write (built-in East Asian date formats, odd part names, broken XML).
 */
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of bytes (`prev`: the CRC of the bytes before them, to go on in chunks). */
export function crc32(data: Uint8Array, prev = 0): number {
  let c = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One zip entry as stored: its compressed bytes and what the headers declare. */
export interface RawZipEntry {
  name: string;
  /** The bytes as stored (deflated when method is 8). */
  packed: Uint8Array;
  /** CRC-32 and size of the uncompressed data, as the headers declare them (they may lie). */
  crc: number;
  size: number;
  /** 8 deflate (default), 0 stored. */
  method?: number;
}

/**
 * Zip entries whose compressed bytes are given, with whatever sizes and CRCs the caller declares:
 * for files that inflate to far more than they hold, or whose headers lie.
 * @example zipEntries([{ name: 'a.txt', packed: deflateRawSync('hello'), crc: crc32(Buffer.from('hello')), size: 5 }])
 */
export function zipEntries(files: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, packed, crc, size, method = 8 } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * Zip the given files (deflated), in the given order.
 * @example zipFiles([['a.txt', 'hello']])
 */
export function zipFiles(files: [name: string, content: string | Uint8Array][], level?: number): Buffer {
  return zipEntries(deflated(files, level));
}

function deflated(files: [name: string, content: string | Uint8Array][], level?: number): RawZipEntry[] {
  return files.map(([name, content]) => {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    return { name, packed: deflateRawSync(data, level === undefined ? {} : { level }), crc: crc32(data), size: data.length };
  });
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawSheet {
  name: string;
  /** `<sheetData>` inner XML. */
  sheetData: string;
  /** Part name; default `xl/worksheets/sheetN.xml`. */
  part?: string;
  /** Relationship target; default relative `worksheets/sheetN.xml`. */
  target?: string;
  /** XML after `<sheetData>`, e.g. `<mergeCells>`. */
  after?: string;
}

/**
 * A minimal .xlsx from raw sheet XML, parts ordered the way Excel writes them (sheets before
 * styles and shared strings). `cellXfs` lists numFmtIds, one style per entry (style 0 = General).
 * @example rawXlsx({ sheets: [{ name: 'S', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }] })
 */
export function rawXlsx(spec: {
  sheets: RawSheet[];
  cellXfs?: number[];
  numFmts?: [id: number, code: string][];
  sharedStrings?: string[];
  /** Shared strings as raw `<si>` content (rich text, phonetic guides), instead of sharedStrings. */
  sharedStringItems?: string[];
  date1904?: boolean;
  workbookXml?: string;
  order?: 'excel' | 'strings-first';
  /** Deflate level of the parts (1 is fastest, for very large sheets). */
  level?: number;
  /** Parts added after the workbook's own, as stored (e.g. one that inflates to gigabytes). */
  extraEntries?: RawZipEntry[];
}): Buffer {
  const sheets = spec.sheets.map((s, i) => ({
    ...s,
    part: s.part ?? `xl/worksheets/sheet${i + 1}.xml`,
    target: s.target ?? `worksheets/sheet${i + 1}.xml`,
  }));
  const contentTypes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheets.map((s) => `<Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    spec.workbookXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${RNS}">` +
      (spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
      `<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const n = sheets.length;
  const workbookRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${RNS}/worksheet" Target="${s.target}"/>`).join('') +
    `<Relationship Id="rId${n + 1}" Type="${RNS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  const xfs = [0, ...(spec.cellXfs ?? [])];
  const numFmts = spec.numFmts ?? [];
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${NS}">` +
    (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, '&quot;')}"/>`).join('')}</numFmts>` : '') +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('')}</cellXfs></styleSheet>`;
  const items = spec.sharedStringItems ?? (spec.sharedStrings ?? []).map((s) => `<t xml:space="preserve">${s}</t>`);
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.map((si) => `<si>${si}</si>`).join('')}</sst>`;
  const sheetParts: [string, string][] = sheets.map((s) => [
    s.part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${RNS}"><sheetData>${s.sheetData}</sheetData>${s.after ?? ''}</worksheet>`,
  ]);
  const head: [string, string][] = [
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rootRels],
  ];
  // 'strings-first': shared strings and relationships first, styles after the sheets: the layout
  // that made exceljs's streaming reader parse sheets without their number formats.
  const parts: [string, string][] =
    spec.order === 'strings-first'
      ? [...head, ['xl/_rels/workbook.xml.rels', workbookRels], ['xl/sharedStrings.xml', sst], ['xl/workbook.xml', workbook], ...sheetParts, ['xl/styles.xml', styles]]
      : [...head, ['xl/workbook.xml', workbook], ['xl/_rels/workbook.xml.rels', workbookRels], ...sheetParts, ['xl/styles.xml', styles], ['xl/sharedStrings.xml', sst]];
  return zipEntries([...deflated(parts, spec.level), ...(spec.extraEntries ?? [])]);
}
