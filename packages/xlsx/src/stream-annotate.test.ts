import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, getProfile, isLedgerlintError, planAnnotation, type AnnotationPlan, type LedgerlintError } from '@ledgerlint/policy';
import { readRecordCells } from '@ledgerlint/policy/annotate';
import { tableWidth } from '@ledgerlint/policy/ledger';
import { applyPlan } from './apply-plan';
import { openWorkbook } from './open-workbook';
import { readLedgerBytes } from './read';
import { readZipDirectory } from './sniff';
import { annotateStreaming, clearStreaming } from './stream-annotate';
import { rawXlsx } from './testing';
import { rezip, tinyPng, unzip } from './testing-workbook';
import { storedData } from './sniff';

const SHEET = '意向客户回访记录';
const AS_OF = '2025-10-20';
const HEADERS = ['客户编号', '客户姓名', '联系电话', '意向级别', '回访日期', '回访方式', '回访内容', '回访结果', '销售顾问'];
const ROWS: (string | number | null)[][] = [
  ['K001', '张伟', '13800000001', 'H', 45938, '电话', '介绍轩逸配置和本月优惠', '已接通', '孙磊'],
  ['K001', '张伟', '13800000001', 'H', 45941, '电话', '邀约试驾，客户答应周末来店', '已接通', '孙磊'],
  ['K002', '李娜', '13800000002', 'H', 45940, '电话', '询问试驾感受和购车预算', '已接通', '孙磊'],
  ['K003', '王芳', '13800000003', 'A', 45901, '电话', '介绍四驱版本和保养政策', '已接通', '李强'],
  ['K003', '王芳', '13800000003', 'A', 45916, '电话', '告知国庆促销活动安排', '已接通', '李强'],
  ['K004', '刘洋', '13800000004', 'B', 45872, '电话', '介绍逍客车型和金融方案', '已接通', '李强'],
  ['K005', '陈静', '13800000005', 'B', 45894, '短信', '介绍首付方案', '已接通', '孙磊'],
  ['K006', '杨帆', '13800000006', 'C', 45942, '电话', '感谢到店，约下周再联系', null, '孙磊'],
  ['K009', '周敏', '13800000009', 'H', 45940, '电话', '客户对价格有异议', '已接通', '李强'],
  ['K011', '郑丽', '13800000011', 'C', '9月15号', '电话', '邀请试驾活动', '已接通', '孙磊'],
];

/**
 * A clerk's workbook: a merged title over the columns we add (above the header: allowed), real
 * dates, a formula, a note (and with `notes: false` none), a conditional format, widths, a hidden
 * row, a data validation, a picture and a second sheet.
 */
async function clerkBytes(options: { notes?: boolean; extra?: (ws: ExcelJS.Worksheet) => void } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.getCell('A1').value = '销售部意向客户回访记录表';
  ws.getCell('A1').font = { name: '黑体', size: 16, bold: true };
  ws.mergeCells('A1:L1');
  HEADERS.forEach((h, i) => {
    ws.getCell(2, i + 1).value = h;
    ws.getCell(2, i + 1).font = { bold: true };
  });
  ROWS.forEach((values, r) =>
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(3 + r, 1 + c);
      cell.value = typeof v === 'number' ? new Date(Math.round((v - 25569) * 86_400_000)) : v;
      if (typeof v === 'number') cell.numFmt = 'yyyy-mm-dd';
    }),
  );
  ws.getCell('C14').value = { formula: 'COUNTA(A3:A12)', result: 10 };
  if (options.notes !== false) ws.getCell('B3').note = '老客户介绍';
  ws.getRow(6).hidden = true;
  ws.getColumn(1).width = 12;
  ws.getColumn(7).width = 40;
  for (let r = 3; r <= 12; r++) ws.getCell(r, 6).dataValidation = { type: 'list', allowBlank: true, formulae: ['"电话,上门,短信,微信"'] };
  ws.addConditionalFormatting({
    ref: 'H3:H12',
    rules: [{ type: 'expression', priority: 1, formulae: ['$H3="无人接听"'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFD9D9D9' } } } }],
  });
  const image = wb.addImage({ buffer: tinyPng() as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'N3:O5');
  options.extra?.(ws);
  const second = wb.addWorksheet('2024年');
  second.getCell('A1').value = '客户编号';
  second.getCell('A2').value = 'K900';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The plan the command line makes for bytes (the streaming reader's table). */
async function planOf(bytes: Uint8Array): Promise<{ plan: AnnotationPlan; date1904: boolean }> {
  const { table } = await readLedgerBytes(bytes, '回访.xlsx', { sheet: SHEET });
  const profile = getProfile('002-1');
  const report = await evaluate(table, profile, { asOf: AS_OF });
  const firstColumn = table.firstColumn ?? 1;
  const plan = planAnnotation(report, profile, { firstColumn, lastColumn: firstColumn + tableWidth(table) - 1, lastRow: (table.firstRow ?? 1) + table.rows.length - 1 }, '回访.xlsx');
  return { plan, date1904: table.date1904 === true };
}

async function streamed(bytes: Uint8Array, plan: AnnotationPlan, date1904 = false): Promise<Buffer> {
  return Buffer.concat((await annotateStreaming(bytes, '回访.xlsx', plan, { date1904 })).chunks);
}

async function cleared(bytes: Uint8Array) {
  const result = await clearStreaming(bytes, '回访.checked.xlsx');
  return { ...result, bytes: Buffer.concat(result.chunks) };
}

async function inMemory(bytes: Uint8Array, plan: AnnotationPlan): Promise<Buffer> {
  const { workbook } = await openWorkbook(bytes, '回访.xlsx');
  applyPlan(workbook, plan);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return (await openWorkbook(bytes, 'x.xlsx')).workbook;
}

async function expectError(p: Promise<unknown>, code: string): Promise<LedgerlintError> {
  try {
    await p;
  } catch (e) {
    expect(isLedgerlintError(e), String(e)).toBe(true);
    expect((e as LedgerlintError).code).toBe(code);
    return e as LedgerlintError;
  }
  throw new Error(`expected ${code}`);
}

/** Stored bytes and headers of every entry, by name. */
function stored(bytes: Uint8Array): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readZipDirectory(bytes)!.entries) out.set(e.name, Buffer.concat([Buffer.from(bytes.subarray(e.offset, e.offset + 30)), Buffer.from(storedData(bytes, e))]));
  return out;
}

interface CellView {
  value: unknown;
  fill?: string;
  font?: string;
  bold?: boolean;
  numFmt?: string;
  note?: string;
}

/** What a clerk sees in a cell: value, colours, bold, number format, note. */
function view(cell: ExcelJS.Cell): CellView {
  const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  const note = cell.note === undefined ? undefined : typeof cell.note === 'string' ? cell.note : cell.note.texts?.map((t) => t.text).join('');
  return {
    value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
    ...(fill ? { fill } : {}),
    ...(cell.font?.color?.argb ? { font: cell.font.color.argb } : {}),
    ...(cell.font?.bold ? { bold: true } : {}),
    ...(cell.numFmt && cell.numFmt !== 'General' ? { numFmt: cell.numFmt } : {}),
    ...(note ? { note } : {}),
  };
}

/** Our formats as a clerk sees them: range, formula, colours (the clerk's first). */
function formatsOf(ws: ExcelJS.Worksheet) {
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; priority: number; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[] }[] }).conditionalFormattings;
  return cfs.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, formula: r.formulae?.[0], priority: r.priority, fill: r.style?.fill?.bgColor?.argb, font: r.style?.font?.color?.argb }))).sort((a, b) => a.priority - b.priority);
}

let clerk: Uint8Array;
let planned: { plan: AnnotationPlan; date1904: boolean };
let annotated: Buffer;

beforeAll(async () => {
  clerk = await clerkBytes();
  planned = await planOf(clerk);
  annotated = await streamed(clerk, planned.plan);
});

describe('annotateStreaming', () => {
  it('writes what the exceljs writer writes: our cells, notes, widths, formats, summary and record', async () => {
    const { plan } = planned;
    expect(plan.statusColumn).toBe(10);
    expect(plan.rows.some((r) => r.level === 'bad' && r.note)).toBe(true);
    expect(plan.rows.some((r) => r.nextDue)).toBe(true);
    const a = await load(annotated);
    const b = await load(await inMemory(clerk, plan));
    const sa = a.getWorksheet(SHEET)!;
    const sb = b.getWorksheet(SHEET)!;
    for (let r = 1; r <= plan.lastDataRow + 2; r++) {
      for (const c of [plan.statusColumn, plan.nextDueColumn]) expect(view(sa.getCell(r, c)), `${r}:${c}`).toEqual(view(sb.getCell(r, c)));
    }
    for (const c of [plan.statusColumn, plan.nextDueColumn]) expect(sa.getColumn(c).width).toBe(sb.getColumn(c).width);
    expect(formatsOf(sa)).toEqual(formatsOf(sb));
    // The clerk's note and cells are where they were.
    expect(view(sa.getCell('B3'))).toEqual(view(sb.getCell('B3')));
    expect(sa.getCell('A1').isMerged).toBe(true);

    const summaryA = a.getWorksheet(plan.summary.name)!;
    const summaryB = b.getWorksheet(plan.summary.name)!;
    expect(summaryA.rowCount).toBe(summaryB.rowCount);
    for (let r = 1; r <= summaryB.rowCount; r++) for (let c = 1; c <= 8; c++) expect(view(summaryA.getCell(r, c)), `summary ${r}:${c}`).toEqual(view(summaryB.getCell(r, c)));
    expect(summaryA.getColumn(6).width).toBe(summaryB.getColumn(6).width);

    // The record: the same facts (the exceljs writer still writes the version-1 shape).
    const recordOf = (wb: ExcelJS.Workbook) => {
      const ws = wb.getWorksheet('ledgerlint_state')!;
      expect(ws.state).toBe('veryHidden');
      const cells: unknown[] = [];
      for (let r = 1; ws.getCell(r, 1).value; r++) cells.push(ws.getCell(r, 1).value);
      const record = readRecordCells(cells);
      if ('invalid' in record) throw new Error(record.invalid);
      return record;
    };
    const ra = recordOf(a);
    const rb = recordOf(b);
    expect(ra.written).not.toBeNull();
    expect(ra.summary.hash).not.toBeNull();
    for (const key of ['sheet', 'headerRow', 'statusColumn', 'nextDueColumn', 'lastDataRow', 'headers', 'highlights', 'previousWidths', 'profile', 'asOf'] as const) expect(ra[key], key).toEqual(rb[key]);
    expect(ra.summary.name).toBe(rb.summary.name);
    expect(ra.calls).toEqual(rb.calls);
    expect(ra.calls).toEqual({ name: plan.calls.name, hash: expect.any(String) });
  });

  it('writes the 待回访 sheet as the exceljs writer does: the lines by due, each link a HYPERLINK formula to its row', async () => {
    const { plan } = planned;
    const a = (await load(annotated)).getWorksheet(plan.calls.name)!;
    const b = (await load(await inMemory(clerk, plan))).getWorksheet(plan.calls.name)!;
    expect(plan.calls.rows.length).toBeGreaterThan(5);
    for (let r = 1; r <= plan.calls.rows.length; r++) for (let c = 1; c <= 8; c++) expect(view(a.getCell(r, c)), `calls ${r}:${c}`).toEqual(view(b.getCell(r, c)));
    for (const [i, link] of plan.calls.links.entries()) {
      if (link === null) continue;
      expect(a.getCell(i + 1, plan.calls.linkColumn).value).toEqual({ formula: `HYPERLINK("#'${SHEET}'!A${link}","第 ${link} 行")`, result: `第 ${link} 行` });
    }
    const dues = plan.calls.rows.slice(4).map((r) => String(r[0]));
    expect(dues).toEqual([...dues].sort());
    expect(a.getColumn(6).width).toBe(plan.calls.widths[5]);
  });

  it('clear removes the 待回访 sheet while it is as written, keeps it (with a warning) once the clerk wrote in it', async () => {
    const back = await cleared(annotated);
    expect(back.warnings).toEqual([]);
    expect((await load(back.bytes)).worksheets.map((w) => w.name)).toEqual((await load(clerk)).worksheets.map((w) => w.name));

    const wb = await load(annotated);
    wb.getWorksheet(planned.plan.calls.name)!.getCell('I5').value = '已打';
    const edited = await cleared(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(edited.warnings.map((w) => w.zh)).toEqual([`注意：待回访表“${planned.plan.calls.name}”在标注后被修改过，已保留。`]);
    expect((await load(edited.bytes)).getWorksheet(planned.plan.calls.name)).toBeDefined();
  });

  it('reads back as the same table as the exceljs writer gives', async () => {
    const a = await readLedgerBytes(annotated, 'a.xlsx', { sheet: SHEET });
    const b = await readLedgerBytes(await inMemory(clerk, planned.plan), 'b.xlsx', { sheet: SHEET });
    expect(a.table).toEqual(b.table);
    expect(a.tables.map((t) => t.sheet)).toEqual(b.tables.map((t) => t.sheet));
  });

  it('copies every part it does not change byte for byte, headers included', () => {
    const before = stored(clerk);
    const after = stored(annotated);
    const changed = [...before.keys()].filter((name) => !before.get(name)!.equals(after.get(name) ?? Buffer.alloc(0)));
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort());
    // The clerk's parts that had to change only gained: their text is all still there, in order.
    const a = unzip(clerk);
    const b = unzip(annotated);
    expect(b.get('xl/comments1.xml')!.toString()).toContain('老客户介绍');
    const sheetBefore = a.get('xl/worksheets/sheet1.xml')!.toString();
    const sheetAfter = b.get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheetAfter.length).toBeGreaterThan(sheetBefore.length);
    expect(sheetAfter).toContain('<mergeCell ref="A1:L1"/>');
  });

  it('clear gives the clerk\'s parts back byte for byte (styles.xml keeps our unused formats at the end of its lists)', async () => {
    const back = await cleared(annotated);
    expect(back.cleared).toBe(true);
    expect(back.sheet).toBe(SHEET);
    expect(back.warnings).toEqual([]);
    const a = unzip(clerk);
    const b = unzip(back.bytes);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, data] of a) if (name !== 'xl/styles.xml') expect(b.get(name)!.equals(data), name).toBe(true);
    // styles.xml: every list of the clerk's is a prefix of the list written back.
    const lists = (xml: string) => [...xml.matchAll(/<(numFmts|fonts|fills|borders|cellXfs|dxfs)\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1>)/g)].map((m) => [m[1], m[2] ?? ''] as const);
    const before = new Map(lists(a.get('xl/styles.xml')!.toString()));
    for (const [name, inner] of lists(b.get('xl/styles.xml')!.toString())) expect(inner.startsWith(before.get(name) ?? ''), name).toBe(true);
    // And the in-memory reader sees the clerk's workbook.
    expect((await readLedgerBytes(back.bytes, 'b.xlsx', { sheet: SHEET })).table).toEqual((await readLedgerBytes(clerk, 'a.xlsx', { sheet: SHEET })).table);
  });

  it('annotating again (clear, then annotate) gives the same bytes', async () => {
    const back = await cleared(annotated);
    const again = await streamed(back.bytes, planned.plan);
    expect(again.equals(annotated)).toBe(true);
  });

  it('without the clerk\'s notes: a comments part and drawing of ours, all gone on clear', async () => {
    const bytes = await clerkBytes({ notes: false });
    const { plan } = await planOf(bytes);
    const out = await streamed(bytes, plan);
    const parts = unzip(out);
    expect([...parts.keys()].filter((n) => !unzip(bytes).has(n)).sort()).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml']);
    const ws = (await load(out)).getWorksheet(SHEET)!;
    const noted = plan.rows.filter((r) => r.note);
    for (const r of noted) expect(view(ws.getCell(r.row, plan.statusColumn)).note).toBe(r.note);
    const back = await cleared(out);
    const a = unzip(bytes);
    const b = unzip(back.bytes);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, data] of a) if (name !== 'xl/styles.xml') expect(b.get(name)!.equals(data), name).toBe(true);
  });
});

describe('annotateStreaming refuses what it cannot do safely', () => {
  const planFor = async (extra: (ws: ExcelJS.Worksheet) => void) => {
    const bytes = await clerkBytes({ extra });
    return { bytes, plan: planned.plan };
  };

  it('a value, a format, a note, a merged range, a shared formula or an Excel table in our columns', async () => {
    const cases: [string, (ws: ExcelJS.Worksheet) => void, RegExp][] = [
      ['a formula computing "" in our column', (ws) => (ws.getCell('J20').value = { formula: 'IF(1,"","x")', result: '' }), /J20[\s\S]*内容[\s\S]*J20 holds a value/],
      ['a border where a status cell goes', (ws) => (ws.getCell('J5').border = { bottom: { style: 'thin' } }), /J5 已有格式[\s\S]*a format/],
      ['a note in our column', (ws) => (ws.getCell('K30').note = '备注'), /K30 已有批注[\s\S]*a note/],
      ['a merged range across our columns in our rows', (ws) => ws.mergeCells('I13:J13'), /I13 已有合并单元格[\s\S]*a merged range/],
    ];
    for (const [what, extra, message] of cases) {
      const { bytes, plan } = await planFor(extra);
      const e = await expectError(streamed(bytes, plan), 'annotation-target-not-empty').catch((x: Error) => {
        throw new Error(`${what}: ${x.message}`);
      });
      expect(`${e.zh}\n${e.en}`, what).toMatch(message);
      expect(e.zh, what).toMatch(/^无法在 回访\.xlsx 的工作表“意向客户回访记录”中加入标注列/);
    }
  });

  it('a shared formula whose range reaches over our columns', async () => {
    const shared = rawXlsx({
      sheets: [
        {
          name: SHEET,
          sheetData:
            `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>` +
            `<row r="3"><c r="A3"><v>1</v></c><c r="B3" s="1"><v>45900</v></c><c r="D3"><f t="shared" ref="D3:E4" si="0">A3*2</f><v>2</v></c></row>` +
            `<row r="4"><c r="A4"><v>2</v></c><c r="B4" s="1"><v>45901</v></c><c r="D4"><f t="shared" si="0"/><v>4</v></c></row>`,
        },
      ],
      sharedStrings: ['客户编号', '回访时间'],
      cellXfs: [14],
    });
    const plan = { ...planned.plan, sheet: SHEET, headerRow: 2, firstDataRow: 3, lastDataRow: 4, statusColumn: 5, nextDueColumn: 6, rows: [{ row: 3, status: '正常', level: 'ok' as const, nextDue: null, note: null }] };
    const e = await expectError(streamed(shared, plan), 'annotation-target-not-empty');
    expect(e.en).toMatch(/D3:E4 holds a shared or array formula/);
  });

  it('the sheet part missing, or an annotation not cleared first', async () => {
    const parts = unzip(clerk);
    parts.delete('xl/worksheets/sheet1.xml');
    const e = await expectError(annotateStreaming(rezip(parts), '回访.xlsx', planned.plan, { date1904: false }), 'annotate-stream-unsupported');
    expect(e.zh).toMatch(/^无法为大型工作簿 回访\.xlsx 的工作表“意向客户回访记录”加标注或清除标注：找不到该工作表的部件（xl\/worksheets\/sheet1\.xml）/);
    expect(e.en).toMatch(/its part \(xl\/worksheets\/sheet1\.xml\) is not in the file/);
    await expectError(streamed(annotated, planned.plan), 'annotation-plan-invalid');
  });
});

describe('clearStreaming', () => {
  it('keeps a value the clerk typed into our column and says so; keeps an edited summary', async () => {
    const parts = unzip(annotated);
    const { plan } = planned;
    const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString();
    const row = plan.rows[0].row;
    const typed = sheet.replace(new RegExp(`(<c r="J${row}"[^>]*t="inlineStr"><is><t xml:space="preserve">)[^<]*`), '$1已电话确认');
    expect(typed).not.toBe(sheet);
    parts.set('xl/worksheets/sheet1.xml', Buffer.from(typed));
    const summary = parts.get('xl/worksheets/sheet3.xml')!.toString();
    parts.set('xl/worksheets/sheet3.xml', Buffer.from(summary.replace('ledgerlint 检查汇总 / check summary', '本月检查')));
    const back = await cleared(rezip(parts));
    expect(back.warnings.map((w) => w.en).join('\n')).toMatch(new RegExp(`cells \\S+!J${row} in the annotation columns were not written by ledgerlint and were kept`));
    expect(back.warnings.map((w) => w.zh).join('\n')).toMatch(/汇总表“ledgerlint汇总”在标注后被修改过，已保留/);
    const wb = await load(back.bytes);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell(row, plan.statusColumn).value).toBe('已电话确认');
    expect(ws.getCell(plan.rows[1].row, plan.statusColumn).value).toBeNull();
    expect(ws.getCell(plan.headerRow, plan.statusColumn).value).toBeNull();
    expect(wb.getWorksheet(plan.summary.name)).toBeDefined();
    expect(wb.getWorksheet('ledgerlint_state')).toBeUndefined();
  });

  it('clears a file Excel saved again (our texts as shared strings)', async () => {
    // exceljs writes every text as a shared string, as Excel does on saving.
    const wb = await load(annotated);
    const resaved = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(unzip(resaved).get('xl/worksheets/sheet1.xml')!.toString()).not.toContain('inlineStr');
    const back = await cleared(resaved);
    expect(back.cleared).toBe(true);
    const after = await load(back.bytes);
    const ws = after.getWorksheet(SHEET)!;
    const { plan } = planned;
    for (let r = plan.headerRow; r <= plan.lastDataRow; r++) for (const c of [plan.statusColumn, plan.nextDueColumn]) expect(ws.getCell(r, c).value, `${r}:${c}`).toBeNull();
    expect(formatsOf(ws).map((f) => f.formula)).toEqual(['$H3="无人接听"']);
    expect(after.worksheets.map((w) => w.name)).toEqual([SHEET, '2024年']);
    expect(view(ws.getCell('B3')).note).toBe('老客户介绍');
  });

  it('a workbook without an annotation is left alone', async () => {
    const result = await clearStreaming(clerk, '回访.xlsx');
    expect(result.cleared).toBe(false);
  });
});

describe('the clerk\'s column ranges and missing rows', () => {
  it('splits a width range of the clerk\'s over our columns, and joins it again on clear', async () => {
    const bytes = await clerkBytes({
      extra: (ws) => {
        for (let c = 9; c <= 14; c++) ws.getColumn(c).width = 11;
      },
    });
    const cols = unzip(bytes).get('xl/worksheets/sheet1.xml')!.toString().match(/<cols>.*<\/cols>/)![0];
    expect(cols).toContain('<col min="9" max="14" width="11" customWidth="1"/>');
    const { plan } = await planOf(bytes);
    const out = await streamed(bytes, plan);
    const annotatedCols = unzip(out).get('xl/worksheets/sheet1.xml')!.toString().match(/<cols>.*<\/cols>/)![0];
    expect(annotatedCols).toContain('<col min="9" max="9" width="11" customWidth="1"/><col min="10" max="10" width="40" customWidth="1"/><col min="11" max="11" width="14" customWidth="1"/><col min="12" max="14" width="11" customWidth="1"/>');
    const ws = (await load(out)).getWorksheet(SHEET)!;
    expect([9, 10, 11, 12, 14].map((c) => ws.getColumn(c).width)).toEqual([11, 40, 14, 11, 11]);
    const back = await cleared(out);
    expect(unzip(back.bytes).get('xl/worksheets/sheet1.xml')!.equals(unzip(bytes).get('xl/worksheets/sheet1.xml')!)).toBe(true);
  });

  it('a row the plan names that the sheet has no <row> for gets one, in order, and loses it on clear', async () => {
    const { plan } = planned;
    const extra = { row: 40, status: '无法判断：示例', level: 'quiet' as const, nextDue: '2025-11-01', note: null };
    const withExtra = { ...plan, lastDataRow: 40, rows: [...plan.rows, extra] };
    const out = await streamed(clerk, withExtra);
    const sheet = unzip(out).get('xl/worksheets/sheet1.xml')!.toString();
    expect(sheet).toMatch(/<\/row><row r="40"><c r="J40" s="\d+" t="inlineStr"><is><t xml:space="preserve">无法判断：示例<\/t><\/is><\/c><c r="K40" s="\d+"><v>45962<\/v><\/c><\/row><\/sheetData>/);
    const ws = (await load(out)).getWorksheet(SHEET)!;
    expect(view(ws.getCell('K40'))).toEqual({ value: '2025-11-01T00:00:00.000Z', numFmt: 'yyyy-mm-dd' });
    const back = await cleared(out);
    expect(unzip(back.bytes).get('xl/worksheets/sheet1.xml')!.equals(unzip(clerk).get('xl/worksheets/sheet1.xml')!)).toBe(true);
  });
});
