// Property-based tests (fast-check) of the whole check on random ledgers for profile 002-1: it
// never crashes or stalls (a-a3), every unreadable cell is reported exactly once where it is (b,
// b2), findings do not depend on row order (c), on other customers (d) or on the era (g), the
// annotation plan never writes into the clerk's cells (e), and dates read the same whether Excel
// stored them as serials or as text (f).
//
// Runs per property: FC_RUNS (default 1000; `pnpm fuzz` sets 20000). FC_SEED replays a failure
// (with the seed fast-check prints; its `path` is not needed to reproduce).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  getProfile,
  LedgerlintError,
  planAnnotation,
  prepareLedger,
  type CellValue,
  type Finding,
  type Report,
  type Table,
} from '@ledgerlint/policy';
import { INVALID_HIGHLIGHT_FORMULA } from '@ledgerlint/policy/annotate';
import {
  columnLetter,
  Precision,
  readChannel,
  readOutcome,
  readTier,
  readTimeCell,
} from '@ledgerlint/policy/ledger';

const RUNS = Number(process.env.FC_RUNS ?? 1000);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const runs = (n = RUNS) => ({ numRuns: Math.max(1, Math.round(n)), ...(SEED === undefined ? {} : { seed: SEED }) });
/** vitest's per-test timeout, scaled with the number of runs (the fuzz run is 20x the default). */
const TIMEOUT = Math.max(60_000, RUNS * 60);

let calls = 0;
/**
 * An async property that lets the event loop run now and then: a long property otherwise runs
 * only microtasks, and vitest's worker times out reporting progress (under `pnpm fuzz`).
 */
function asyncProp<T>(arb: fc.Arbitrary<T>, body: (value: T) => Promise<void>) {
  return fc.asyncProperty(arb, async (value) => {
    if (++calls % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    await body(value);
  });
}

const profile = getProfile('002-1');
const TIER_CODES = profile.tiers.map((t) => t.code);

// ---------------------------------------------------------------------------------------------
// Columns: the recognised headers of 002-1 ledgers and how their cells are read.

/** `key` and `name`: the customer columns, where an Excel error value (#N/A) is unreadable. */
type Kind = 'key' | 'name' | 'text' | 'time' | 'date' | 'tier' | 'channel' | 'outcome';
const COLUMNS = [
  { field: 'customerId', header: '客户编号', kind: 'key' },
  { field: 'customerName', header: '客户名称', kind: 'name' },
  { field: 'tier', header: '客户等级', kind: 'tier' },
  { field: 'receptionAt', header: '接待时间', kind: 'time' },
  { field: 'contactAt', header: '回访时间', kind: 'time' },
  { field: 'channel', header: '回访方式', kind: 'channel' },
  { field: 'content', header: '回访内容', kind: 'text' },
  { field: 'outcome', header: '回访结果', kind: 'outcome' },
  { field: 'pickupAt', header: '提车时间', kind: 'time' },
  { field: 'firstServiceAt', header: '首保日期', kind: 'date' },
  { field: 'openQuestion', header: '存在的问题', kind: 'text' },
  { field: 'resolution', header: '处理结果', kind: 'text' },
  { field: 'phone', header: '联系电话', kind: 'text' },
  { field: 'intendedModel', header: '意向车型', kind: 'text' },
] as const satisfies readonly { field: string; header: string; kind: Kind }[];
type Column = (typeof COLUMNS)[number];
type FieldName = Column['field'];
const COLUMN = Object.fromEntries(COLUMNS.map((c) => [c.field, c])) as Record<FieldName, Column>;
const TITLES = ['客户回访记录表', 'XX汽车销售服务有限公司 销售部客户回访记录表（2025年3月）', '意向客户跟进台账', '2025年度'];

// ---------------------------------------------------------------------------------------------
// Time, computed independently of the library: day numbers from Date.UTC, Excel serials from
// 1899-12-30 (with Excel's fictitious 1900-02-29 below serial 61).

const MPD = 1440;
const dayOfYmd = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
const p2 = (n: number) => String(n).padStart(2, '0');
function partsOf(stamp: number) {
  const day = Math.floor(stamp / MPD);
  const mod = stamp - day * MPD;
  const dt = new Date(day * 86_400_000);
  return { y: dt.getUTCFullYear(), mo: dt.getUTCMonth() + 1, d: dt.getUTCDate(), h: Math.floor(mod / 60), mi: mod % 60, wd: dt.getUTCDay(), mod };
}
const isoDay = (day: number) => {
  const p = partsOf(day * MPD);
  return `${p.y}-${p2(p.mo)}-${p2(p.d)}`;
};
/** Excel serial (1900 system) of a minute stamp. */
function serial1900(stamp: number): number {
  const day = Math.floor(stamp / MPD);
  let whole = day + 25569;
  if (whole < 61) whole -= 1; // before 1900-03-01 Excel counts the fictitious 1900-02-29
  return whole + (stamp - day * MPD) / MPD;
}
const fullWidth = (s: string) =>
  s.replace(/[0-9\-:/. ]/g, (ch) => (ch === ' ' ? '\u3000' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
function meridiem(h: number): [string, number] {
  if (h < 6) return ['凌晨', h === 0 ? 12 : h];
  if (h < 11) return [h % 2 ? '上午' : '早上', h];
  if (h <= 13) return ['中午', h > 12 ? h - 12 : h];
  if (h < 18) return ['下午', h - 12];
  return ['晚上', h - 12];
}

/** Every style a clerk types a date in. Each returns the text of a stamp (date-only when !withTime). */
const TEXT_STYLES: ((stamp: number, withTime: boolean) => string)[] = [
  (s, t) => { const p = partsOf(s); return `${p.y}-${p2(p.mo)}-${p2(p.d)}${t ? ` ${p2(p.h)}:${p2(p.mi)}` : ''}`; },
  (s, t) => { const p = partsOf(s); return `${p.y}/${p.mo}/${p.d}${t ? ` ${p.h}:${p2(p.mi)}` : ''}`; },
  (s, t) => { const p = partsOf(s); return `${p.y}.${p.mo}.${p.d}${t ? ` ${p2(p.h)}:${p2(p.mi)}` : ''}`; },
  (s, t) => { const p = partsOf(s); return `${p.y}年${p.mo}月${p.d}日${t ? ` ${p.h}时${p.mi}分` : ''}`; },
  (s, t) => {
    const p = partsOf(s);
    const [word, h12] = meridiem(p.h);
    return `${p.y}年${p.mo}月${p.d}日${t ? ` ${word}${h12}点${p.mi ? `${p.mi}分` : ''}` : ''}`;
  },
  (s, t) => { const p = partsOf(s); return `${p.y}${p2(p.mo)}${p2(p.d)}${t ? ` ${p2(p.h)}:${p2(p.mi)}` : ''}`; },
  (s, t) => fullWidth(TEXT_STYLES[0](s, t)),
  (s, t) => (t ? new Date((s - 480) * 60_000).toISOString() : TEXT_STYLES[0](s, false)),
  (s, t) => { const p = partsOf(s); return `${p.y}-${p2(p.mo)}-${p2(p.d)}${t ? `T${p2(p.h)}:${p2(p.mi)}:00+08:00` : ''}`; },
  (s, t) => { const p = partsOf(s); return `${p.y}-${p2(p.mo)}-${p2(p.d)}${t ? ` ${p.h % 12 === 0 ? 12 : p.h % 12}:${p2(p.mi)} ${p.h < 12 ? 'AM' : 'PM'}` : ''}`; },
  (s, t) => { const p = partsOf(s); return `${p.y}年${p.mo}月${p.d}日 星期${'日一二三四五六'[p.wd]}${t ? ` ${p2(p.h)}:${p2(p.mi)}` : ''}`; },
  (s, t) => { const p = partsOf(s); return `  ${p.y}-${p2(p.mo)}-${p2(p.d)}${t ? ` ${p2(p.h)}:${p2(p.mi)}:${p2((((s * 7) % 60) + 60) % 60)}` : ''} `; },
];
const DATE_FORMATS = ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'm/d/yy', '[$-F800]dddd, mmmm dd, yyyy'];
const DATETIME_FORMATS = ['yyyy-mm-dd hh:mm', 'yyyy/m/d h:mm', '[$-804]yyyy"年"m"月"d"日" h:mm', 'm/d/yy h:mm AM/PM'];

// ---------------------------------------------------------------------------------------------
// Cells. A cell is specified as data and rendered once the as-of day and the date system are known.

interface Rendered {
  v: CellValue;
  f?: string | null;
}
type TimeSpec = {
  t: 'time';
  /** Minutes from 00:00 of the as-of day. */
  off: number;
  style: number;
  withTime: boolean;
  /** 0 text, 1 serial with a date format, 2 serial without a format, 3 serial formatted General. */
  serial: number;
  fmt: number;
  noise: number;
};
type RawSpec = { t: 'raw'; v: CellValue; f?: string | null };
/** Very long text, kept as its recipe so that a counterexample prints in one line. */
type LongSpec = { t: 'long'; prefix: string; filler: string; n: number; suffix: string };
type CellSpec = TimeSpec | RawSpec | LongSpec;

const longText = (l: LongSpec) => (l.prefix + l.filler.repeat(Math.ceil(l.n / l.filler.length)) + l.suffix).slice(0, 32767);

interface Ctx {
  asOfDay: number;
  date1904: boolean;
}

function render(cell: CellSpec, ctx: Ctx): Rendered {
  if (cell.t === 'raw') return { v: cell.v, f: cell.f };
  if (cell.t === 'long') return { v: longText(cell) };
  const stamp = ctx.asOfDay * MPD + cell.off;
  if (cell.serial === 0) return { v: TEXT_STYLES[cell.style % TEXT_STYLES.length](stamp, cell.withTime) };
  const at = cell.withTime ? stamp : Math.floor(stamp / MPD) * MPD;
  const v = serial1900(at) - (ctx.date1904 ? 1462 : 0) + cell.noise;
  if (cell.serial === 2) return { v };
  if (cell.serial === 3) return { v, f: 'General' };
  return { v, f: (cell.withTime ? DATETIME_FORMATS : DATE_FORMATS)[cell.fmt % 4] };
}

const raw = (v: CellValue, f?: string | null): RawSpec => ({ t: 'raw', v, f });
const rawArb = (arb: fc.Arbitrary<CellValue>) => arb.map((v) => raw(v));

const WHITESPACE = [' ', '  ', '\t', '\u3000', '\u00a0', ' \u3000 ', '\n', '\r\n', '\u3000\u3000'];
const FULLWIDTH = ['，', '。', '！？', '；', '：', '（', '）', '【备注】', '——', '“”', '、', '（见附件）', '－／：'];
const EMOJI = ['😀', '👍🏻', '🚗💨', '👨‍👩‍👧', '🇨🇳', '☎️', '客户很满意😊'];
const ERRORS = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'];
const TIER_WORDS = ['H', 'a类', 'B级', 'Ｃ', 'D', '重点', 'h', 'A类客户', 'c级', ' B ', 'H类', '高'];
const CHANNEL_WORDS = ['电话', '上门拜访', '短信', '微信', '邮件', 'QQ', '传真', '信函', '微信语音', 'phone', '致电', '飞鸽传书', '电话/短信'];
const OUTCOME_WORDS = ['已接通', '无人接听', '关机', '成功', '失败', '已接通，客户考虑中', '未回复', '满意', '是', '否', '不确定', '待定'];
const TEXTS = ['张伟', '李娜', '介绍新车型配置和价格，客户周末再来试驾', '13800000001', '轩逸', '客户', '电话', '结果', 'id', '编号'];
const CELL_FORMATS = [undefined, null, 'General', '@', '0.00', '#,##0', '[Red]0.00', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm', 'h:mm', 'm/d/yy', '"第"0"次"'];

/** Very long text, up to Excel's 32,767 characters per cell: a prefix, a repeated filler, a suffix. */
const longTextArb: fc.Arbitrary<LongSpec> = fc.record({
    t: fc.constant('long' as const),
    prefix: fc.constantFrom('', '2025-03-05', '2025-03-05 14:30:00.', '（', '客户', 'H', '下午', '已接通'),
    filler: fc.constantFrom(' ', '\t ', '（', '(', '[a', 'a', '1', '年', '😀', '\u3000', '，', '客户'),
    n: fc.oneof({ arbitrary: fc.integer({ min: 50, max: 2000 }), weight: 4 }, { arbitrary: fc.integer({ min: 2000, max: 32767 }), weight: 1 }),
    suffix: fc.constantFrom('', 'x', '14:30', ')'),
  });

const timeSpecArb = (validOnly: boolean): fc.Arbitrary<TimeSpec> =>
  fc.record({
    t: fc.constant('time' as const),
    off: fc.integer({ min: -45 * MPD, max: 5 * MPD }),
    style: fc.nat(TEXT_STYLES.length - 1),
    withTime: fc.boolean(),
    serial: fc.constantFrom(0, 0, 0, 1, 2, 3),
    fmt: fc.nat(3),
    noise: validOnly ? fc.constantFrom(0, 1e-9, -1e-9) : fc.constantFrom(0, 1e-9, -1e-9, 1e-6),
  });

/** Serials near the interesting places of Excel's calendar, with and without fractions and date formats. */
const serialArb = fc
  .record({
    base: fc.constantFrom(0, 1, 59, 60, 61, 1462, 45000, 45721),
    frac: fc.oneof(fc.constant(0), fc.constantFrom(0.5, 0.25, 0.6041666667, 0.9999999, -1e-7, 1e-7), fc.double({ min: 0, max: 0.999999, noNaN: true })),
    f: fc.constantFrom(...CELL_FORMATS),
  })
  .map(({ base, frac, f }) => raw(base + frac, f));

/** Any cell at all, anywhere. */
const mixedCellArb: fc.Arbitrary<CellSpec> = fc.oneof(
  { arbitrary: fc.constant(raw(null)), weight: 6 },
  { arbitrary: fc.constant(raw('')), weight: 1 },
  { arbitrary: rawArb(fc.constantFrom(...WHITESPACE)), weight: 2 },
  { arbitrary: timeSpecArb(false), weight: 8 },
  { arbitrary: serialArb, weight: 3 },
  { arbitrary: fc.record({ v: fc.oneof(fc.integer({ min: -100, max: 200_000 }), fc.double(), fc.constantFrom(20250305, 20250230, 19000101, 21001231, 1e21, -0)), f: fc.constantFrom(...CELL_FORMATS) }).map(({ v, f }) => raw(v, f)), weight: 2 },
  { arbitrary: rawArb(fc.constantFrom('2025-02-30', '2025-13-01 10:00', '2025-03-05 25:00', '上周五', '3月5日', '14:30', '下午3点', 'N/A', '待定', '2025-03-05 24:00')), weight: 2 },
  { arbitrary: rawArb(fc.boolean()), weight: 1 },
  { arbitrary: rawArb(fc.constantFrom(...ERRORS)), weight: 1 },
  { arbitrary: rawArb(fc.constantFrom(...TIER_WORDS)), weight: 3 },
  { arbitrary: rawArb(fc.constantFrom(...CHANNEL_WORDS)), weight: 3 },
  { arbitrary: rawArb(fc.constantFrom(...OUTCOME_WORDS)), weight: 3 },
  { arbitrary: rawArb(fc.constantFrom('K1', 'K2', 'K3', 'K4')), weight: 4 },
  { arbitrary: rawArb(fc.constantFrom(...TEXTS)), weight: 3 },
  { arbitrary: rawArb(fc.constantFrom(...FULLWIDTH)), weight: 1 },
  { arbitrary: rawArb(fc.constantFrom(...EMOJI)), weight: 1 },
  { arbitrary: rawArb(fc.string({ unit: 'binary', maxLength: 12 })), weight: 1 },
  { arbitrary: rawArb(fc.string({ unit: 'grapheme', maxLength: 8 })), weight: 1 },
  { arbitrary: longTextArb, weight: 1 },
);

/** A cell that the profile can read, suited to its column (blank allowed unless `filled`). */
function validCellArb(kind: Kind, filled = false): fc.Arbitrary<CellSpec> {
  const blank = fc.constantFrom(raw(null), raw(''), raw(' '), raw('\u3000'));
  const pick = (arb: fc.Arbitrary<CellSpec>) => (filled ? arb : fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: blank, weight: 1 }));
  switch (kind) {
    case 'key':
      return rawArb(fc.constantFrom('K1', 'K2', 'K3', 'K4', 'K5'));
    case 'name':
    case 'text':
      return pick(fc.oneof(rawArb(fc.constantFrom(...TEXTS, ...EMOJI, ...(kind === 'text' ? ERRORS : []), ...FULLWIDTH)), rawArb(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 })), rawArb(fc.integer()), rawArb(fc.boolean())));
    case 'time':
    case 'date':
      return pick(timeSpecArb(true));
    case 'tier':
      return pick(rawArb(fc.constantFrom('H', 'a类', 'B级', 'Ｃ', 'h', 'A类客户', 'c级', ' B ', 'H类', 'b级用户')));
    case 'channel':
      return pick(rawArb(fc.constantFrom('电话', '上门拜访', '短信', '微信', '邮件', 'QQ', '传真', '信函', '微信语音', 'phone', '致电', ' 电话 ', '电 话')));
    case 'outcome':
      return pick(rawArb(fc.constantFrom('已接通', '无人接听', '关机', '成功', '失败', '已接通，客户考虑中', '未回复', '满意', '是', '否', 'OK')));
  }
}

/**
 * Values no reader of the column accepts, each with the reason; `customer-missing` blanks the
 * customer, an Excel error value in a customer column is `customer-error`.
 */
function badCellArb(kind: Kind, date1904: boolean): fc.Arbitrary<CellSpec> {
  switch (kind) {
    case 'key':
      return fc.constantFrom(raw(null), raw(''), ...WHITESPACE.map((w) => raw(w)), ...ERRORS.map((e) => raw(e)), raw(` ${ERRORS[0]} `));
    case 'name':
      return fc.constantFrom(...ERRORS.map((e) => raw(e)));
    case 'text':
      return fc.constantFrom(raw(null), raw(''), ...WHITESPACE.map((w) => raw(w)));
    case 'time':
    case 'date':
      return fc.constantFrom(
        raw('2025-02-30'),
        raw('2025-13-01 10:00'),
        raw('2025-03-05 25:00'),
        raw('上周五'),
        raw('3月5日'),
        raw('14:30'),
        raw('下午3点'),
        raw('#N/A'),
        raw('#VALUE!'),
        raw(true),
        raw(false),
        raw('🚗'),
        // Serial 60 is Excel's fictitious 1900-02-29; in the 1904 system it is 1904-03-01.
        date1904 ? raw(-60, 'yyyy-mm-dd') : raw(60, 'yyyy-mm-dd'),
        raw(112233, 'General'),
        raw(1462),
        raw(5),
        raw(9999.5, null),
        raw(20250230),
        raw(-5, 'yyyy-mm-dd'),
        raw(0.6, 'h:mm'),
        raw(0.25),
      );
    case 'tier':
      return fc.constantFrom(raw('D'), raw('重点'), raw('X'), raw('#N/A'), raw(true), raw(3), raw('🚗'), raw('高'), raw('H类A'));
    case 'channel':
      return fc.constantFrom(raw('飞鸽传书'), raw('#N/A'), raw(true), raw(12345), raw('电话短信'), raw('😀'));
    case 'outcome':
      // (待回访 is a word now: a planned callback, issue 13.)
      return fc.constantFrom(raw('不确定'), raw('#VALUE!'), raw(true), raw(0), raw('看情况'), raw('😀'));
  }
}

// ---------------------------------------------------------------------------------------------
// Ledgers.

interface LedgerSpec {
  fields: FieldName[];
  title: string | null;
  rows: CellSpec[][];
  firstRow: number;
  firstColumn: number;
  date1904: boolean;
  /** none: no number formats (CSV); full: a format per cell; ragged: formats for the first rows only. */
  formats: 'none' | 'full' | 'ragged';
  asOfDay: number;
}

interface Built {
  table: Table;
  /** Index into table.rows of the header row. */
  headerIndex: number;
  asOf: string;
}

function build(spec: LedgerSpec): Built {
  const ctx: Ctx = { asOfDay: spec.asOfDay, date1904: spec.date1904 };
  const rows: CellValue[][] = [];
  const formats: (string | null | undefined)[][] = [];
  if (spec.title !== null) {
    rows.push([spec.title, ...spec.fields.slice(1).map(() => null)]);
    formats.push([]);
  }
  const headerIndex = rows.length;
  rows.push(spec.fields.map((f) => COLUMN[f].header));
  formats.push([]);
  for (const r of spec.rows) {
    const cells = r.map((c) => render(c, ctx));
    rows.push(cells.map((c) => c.v));
    formats.push(cells.map((c) => c.f));
  }
  const table: Table = { sheet: '回访记录', rows, firstRow: spec.firstRow, firstColumn: spec.firstColumn, date1904: spec.date1904 };
  if (spec.formats === 'full') table.formats = formats;
  if (spec.formats === 'ragged') table.formats = formats.slice(0, Math.ceil(formats.length / 2));
  return { table, headerIndex, asOf: isoDay(spec.asOfDay) };
}

const asOfDayArb = fc.integer({ min: dayOfYmd(2024, 6, 1), max: dayOfYmd(2026, 6, 30) });
const tableShapeArb = fc.record({
  title: fc.option(fc.constantFrom(...TITLES), { freq: 3 }),
  firstRow: fc.integer({ min: 1, max: 5 }),
  firstColumn: fc.integer({ min: 1, max: 4 }),
  formats: fc.constantFrom('none' as const, 'full' as const, 'ragged' as const),
  asOfDay: asOfDayArb,
});

/** Formats that move with their rows (ragged formats belong to positions, not to rows). */
const rowBoundShapeArb = tableShapeArb.map((s) => ({ ...s, formats: s.formats === 'ragged' ? ('full' as const) : s.formats }));

/** A header: recognised headers in random order, always with the ones listed in `must`. */
function headerArb(must: FieldName[], minLength = 0): fc.Arbitrary<FieldName[]> {
  return fc
    .subarray(
      COLUMNS.map((c) => c.field).filter((f) => !must.includes(f)),
      { minLength: Math.max(0, minLength - must.length) },
    )
    .chain((extra) => fc.shuffledSubarray([...must, ...extra], { minLength: must.length + extra.length }));
}

/** Rows of header width (or ragged, shorter), each cell drawn by `cellOf(field)`. */
function rowsArb(fields: FieldName[], cellOf: (f: FieldName) => fc.Arbitrary<CellSpec>, maxRows: number, ragged: boolean): fc.Arbitrary<CellSpec[][]> {
  const row = fc.tuple(...fields.map((f) => cellOf(f)));
  const maybeRagged = ragged ? fc.tuple(row, fc.nat(fields.length)).map(([r, cut]) => (cut === 0 ? r : r.slice(0, r.length - (cut % 3)))) : row;
  return fc.array(maybeRagged, { maxLength: maxRows });
}

/**
 * A cell of a column: mostly what clerks put there (so that customers have several rows and the
 * rules have something to say), sometimes anything at all.
 */
const columnCellArb = (f: FieldName): fc.Arbitrary<CellSpec> =>
  fc.oneof({ arbitrary: validCellArb(COLUMN[f].kind), weight: 2 }, { arbitrary: mixedCellArb, weight: 1 });

/** A random ledger: header from `must` plus random recognised headers, rows of column-biased mixed cells. */
function mixedLedgerArb(must: FieldName[], opts: { maxRows?: number; ragged?: boolean; minHeader?: number; rowBoundFormats?: boolean } = {}): fc.Arbitrary<LedgerSpec> {
  return headerArb(must, opts.minHeader).chain((fields) =>
    fc.record({
      shape: opts.rowBoundFormats ? rowBoundShapeArb : tableShapeArb,
      date1904: fc.boolean(),
      rows: rowsArb(fields, columnCellArb, opts.maxRows ?? 8, opts.ragged ?? false),
    }).map(({ shape, date1904, rows }) => ({ ...shape, date1904, fields, rows })),
  );
}

// ---------------------------------------------------------------------------------------------
// The expectation, computed independently: blank and text per the documented cell semantics
// (trimmed; numbers and booleans print as text), and the public cell readers per column.

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
function textOf(v: CellValue | undefined): string | null {
  if (isBlank(v)) return null;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Why a cell of a column cannot be read, or null when it can. */
function problemOf(kind: Kind, v: CellValue | undefined, f: string | null | undefined, date1904: boolean): string | null {
  const t = textOf(v);
  switch (kind) {
    case 'key':
    case 'name':
      return t !== null && ERRORS.includes(t) ? 'customer-error' : null;
    case 'text':
      return null;
    case 'time':
    case 'date': {
      const r = readTimeCell(v ?? null, f, date1904);
      if (r.precision === Precision.Invalid) return r.error ?? 'not-a-date';
      if (r.precision === Precision.Clock) return 'time-without-date';
      return null;
    }
    case 'tier':
      return t !== null && readTier(t, TIER_CODES) < 0 ? 'not-a-tier' : null;
    case 'channel':
      return t !== null && readChannel(t) === undefined ? 'not-a-channel' : null;
    case 'outcome':
      return t !== null && readOutcome(t) === undefined ? 'not-an-outcome' : null;
  }
}

interface ExpectedCell {
  row: number;
  column: string;
  code: string;
  customer: string | null;
}

/** The `invalid` findings a ledger should have: one per unreadable cell, one per row without a customer. */
function expectedInvalid(b: Built): ExpectedCell[] {
  const { table, headerIndex } = b;
  const header = table.rows[headerIndex] as string[];
  const fields = header.map((h) => COLUMNS.find((c) => c.header === h)!);
  const idCol = fields.findIndex((c) => c.field === 'customerId');
  const nameCol = fields.findIndex((c) => c.field === 'customerName');
  const out: ExpectedCell[] = [];
  for (let r = headerIndex + 1; r < table.rows.length; r++) {
    const cells = table.rows[r];
    if (cells.every((v) => isBlank(v))) continue; // a blank row is not a record
    const row = (table.firstRow ?? 1) + r;
    // The customer number, else the name; an Excel error value stands for nobody (and is reported below).
    const keyText = (col: number) => {
      const t = col >= 0 ? textOf(cells[col]) : null;
      return t !== null && ERRORS.includes(t) ? null : t;
    };
    const customer = keyText(idCol) ?? keyText(nameCol);
    const keyError = [idCol, nameCol].some((col) => col >= 0 && problemOf(fields[col].kind, cells[col], null, false) !== null);
    if (customer === null && !keyError) out.push({ row, column: header[idCol >= 0 ? idCol : nameCol], code: 'customer-missing', customer: null });
    fields.forEach((c, col) => {
      const code = problemOf(c.kind, cells[col], table.formats?.[r]?.[col], table.date1904 ?? false);
      if (code) out.push({ row, column: c.header, code, customer });
    });
  }
  return out;
}

const invalidOf = (report: Report) => report.findings.filter((f) => f.status === 'invalid');
const key = (e: { row: number | null; column?: string; code?: unknown; customer: string | null }) => JSON.stringify([e.row, e.column, e.code, e.customer]);
/**
 * Two multisets of strings are equal. On failure only the differences are shown, cut short: a
 * full diff of findings with 32,767-character cells is slow and huge at every shrinking step.
 */
function expectSameMultiset(actual: string[], expected: string[], label = ''): void {
  const count = new Map<string, number>();
  for (const x of expected) count.set(x, (count.get(x) ?? 0) + 1);
  const extra: string[] = [];
  for (const x of actual) {
    const n = count.get(x) ?? 0;
    if (n === 0) extra.push(x);
    else count.set(x, n - 1);
  }
  const missing = [...count].flatMap(([x, n]) => Array.from({ length: n }, () => x));
  const cut = (xs: string[]) => xs.slice(0, 5).map((x) => (x.length > 300 ? `${x.slice(0, 300)}…` : x));
  expect({ missing: cut(missing), extra: cut(extra) }, label).toEqual({ missing: [], extra: [] });
}

/** What a finding says, with the content of its row instead of the row number. */
function findingFacts(f: Finding, table: Table): string {
  const r = f.row === null ? null : f.row - (table.firstRow ?? 1);
  const short = (v: CellValue) => (typeof v === 'string' && v.length > 200 ? `${v.length}:${v.slice(0, 40)}…${v.slice(-40)}` : v);
  const rowContent = (row: number) => [table.rows[row].map(short), (table.formats?.[row] ?? []).map((f) => f ?? null)];
  const content = r === null ? null : rowContent(r);
  // A whole-ledger finding that names a row in its data (the ledger's first date) names it by content too.
  const data = typeof f.data?.firstRow === 'number' ? { ...f.data, firstRow: rowContent(f.data.firstRow - (table.firstRow ?? 1)) } : f.data;
  return JSON.stringify([f.ruleId, f.status, f.severity, f.customer, f.column ?? null, f.dueAt ?? null, f.overdueDays ?? null, f.messageId, data, content]);
}

async function tryEvaluate(b: Built): Promise<Report | LedgerlintError> {
  try {
    return await evaluate(b.table, profile, { asOf: b.asOf });
  } catch (e) {
    if (e instanceof LedgerlintError) return e;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------

describe('properties of the check on random 002-1 ledgers', () => {
  it(
    'a. evaluate never throws; a whole-ledger LedgerlintError only for no-header / missing-column, exactly when documented',
    async () => {
      const spec = headerArb([], 0).chain((fields) =>
        fc.record({
          shape: tableShapeArb,
          date1904: fc.boolean(),
          rows: fc.boolean().chain((biased) => rowsArb(fields, biased ? columnCellArb : () => mixedCellArb, 8, true)),
        }).map(({ shape, date1904, rows }): LedgerSpec => ({ ...shape, date1904, fields, rows })),
      );
      await fc.assert(
        asyncProp(spec, async (s) => {
          const b = build(s);
          const result = await tryEvaluate(b);
          const has = (f: FieldName) => s.fields.includes(f);
          // Data rows are never wider than the header (ties go to the upper row) and a title row has
          // one cell, so with two or more recognised headers the header row wins and only a missing
          // essential column can stop the check; with fewer no row can be a header.
          const runnable = has('contactAt') && (has('customerId') || has('customerName'));
          const expected = s.fields.length < 2 ? 'no-header' : runnable ? null : 'missing-column';
          if (result instanceof LedgerlintError) {
            expect(['no-header', 'missing-column']).toContain(result.code);
            expect(result.code).toBe(expected);
            expect(result.zh.length).toBeGreaterThan(0);
            return;
          }
          expect(expected).toBeNull();
          expect(result.summary.headerRow).toBeGreaterThanOrEqual(s.firstRow);
          for (const f of result.findings) expect(typeof f.ruleId).toBe('string');
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    'a2. a single cell of 32,767 characters (any column, header area or data) is checked in bounded time',
    async () => {
      const spec = fc.record({
        fields: headerArb(['customerId', 'contactAt'], 4),
        long: longTextArb.map((l) => ({ ...l, n: 32767 })),
        where: fc.nat(100),
        inTitle: fc.boolean(),
      });
      await fc.assert(
        asyncProp(spec, async ({ fields, long, where, inTitle }) => {
          const text = longText(long);
          const header = fields.map((f) => COLUMN[f].header);
          const row: CellValue[] = fields.map((f) => (f === 'customerId' ? 'K1' : f === 'contactAt' ? '2025-03-05 10:00' : null));
          row[where % row.length] = text;
          const rows = inTitle ? [[text], header, row] : [header, row];
          const t0 = performance.now();
          await evaluate({ sheet: '回访记录', rows }, profile, { asOf: '2025-03-10' });
          const ms = performance.now() - t0;
          // Linear work on 32K characters takes a few milliseconds; quadratic regex backtracking takes seconds.
          expect(ms, `${ms.toFixed(0)} ms for ${JSON.stringify(text.slice(0, 24))}…`).toBeLessThan(400);
        }),
        runs(Math.min(RUNS, 150)),
      );
    },
    TIMEOUT,
  );

  it(
    'a3. no number in a date cell, however large, stalls the check (period rules count to a far date)',
    async () => {
      const spec = fc.record({
        tiers: fc.array(fc.constantFrom('H', 'A', 'B', 'C'), { minLength: 2, maxLength: 3 }),
        value: fc.oneof(fc.double({ min: 0, noNaN: true }), fc.integer({ min: 2_000_000, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2958465, 2958465.99, 2958466, 1e12, 1e308, Infinity)),
        format: fc.constantFrom('yyyy-mm-dd', 'yyyy-mm-dd hh:mm', 'General', null),
        at: fc.nat(),
        date1904: fc.boolean(),
      });
      await fc.assert(
        asyncProp(spec, async ({ tiers, value, format, at, date1904 }) => {
          const talk = '介绍新车型配置和价格，客户周末再来试驾';
          const header = ['客户编号', '客户等级', '接待时间', '回访时间', '回访内容'];
          const rows: CellValue[][] = tiers.map((t, k) => ['K1', t, '2025-02-01 10:00', `2025-02-${p2(10 + k)} 15:00`, talk]);
          rows[at % rows.length][3] = value;
          const formats = [[], ...rows.map((_, k) => [null, null, null, k === at % rows.length ? format : null, null])];
          const t0 = performance.now();
          const report = await evaluate({ sheet: '回访记录', rows: [header, ...rows], formats, date1904 }, profile, { asOf: '2025-03-10' });
          const ms = performance.now() - t0;
          // A hang guard, not a speed claim: a check that counts periods out to year 9999 or beyond
          // takes minutes; a normal one takes milliseconds, even on a loaded machine.
          expect(ms, `${ms.toFixed(0)} ms for ${value} (${format})`).toBeLessThan(3000);
          // A date cell may hold any day from 1900-01-01 (serial 1), and a weekly rule then owes one
          // callback a week since: about 6,540 weeks to the as-of date. Counting out to year 9999
          // would be some 415,000.
          expect(report.findings.length).toBeLessThan(10_000);
        }),
        runs(Math.min(RUNS, 300)),
      );
    },
    TIMEOUT,
  );

  it(
    'b. every unreadable cell gives exactly one invalid finding at its row and column; readable cells give none (model: the public cell readers)',
    async () => {
      await fc.assert(
        asyncProp(mixedLedgerArb(['customerId', 'contactAt'], { ragged: true }), async (s) => {
          const b = build(s);
          const report = await evaluate(b.table, profile, { asOf: b.asOf });
          const got = invalidOf(report).map((f) => key({ row: f.row, column: f.column, code: f.data.code, customer: f.customer }));
          expectSameMultiset(got, expectedInvalid(b).map(key));
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    'b2. one known-bad value at a random position of an otherwise valid ledger gives exactly one invalid finding, pointing there',
    async () => {
      const spec = headerArb(['customerId', 'contactAt']).chain((fields) => {
        // Text columns are never unreadable: the bad value goes into a column that is read.
        const readable = fields.flatMap((f, k) => (f === 'customerId' || COLUMN[f].kind !== 'text' ? [k] : []));
        return fc
          .record({
            shape: tableShapeArb,
            date1904: fc.boolean(),
            rows: rowsArb(fields, (f) => validCellArb(COLUMN[f].kind, f === 'contactAt'), 8, false).filter((r) => r.length > 0),
            row: fc.nat(),
            col: fc.constantFrom(...readable),
          })
          .chain((x) => badCellArb(COLUMN[fields[x.col]].kind, x.date1904).map((bad) => ({ ...x, fields, bad })));
      });
      await fc.assert(
        asyncProp(spec, async ({ shape, date1904, rows, row, col, fields, bad }) => {
          const r = row % rows.length;
          const field = fields[col];
          const withBad = rows.map((cells) => [...cells]);
          withBad[r][col] = bad;
          // A blank customer number is only a problem when no name stands in for it.
          const nameCol = fields.indexOf('customerName');
          if (field === 'customerId' && nameCol >= 0) withBad[r][nameCol] = raw(null);
          const b = build({ ...shape, date1904, fields, rows: withBad });
          const report = await evaluate(b.table, profile, { asOf: b.asOf });
          const invalid = invalidOf(report);
          const headerRow = (b.table.firstRow ?? 1) + b.headerIndex;
          const cells = b.table.rows[b.headerIndex + 1 + r];
          expect(invalid.map((f) => ({ row: f.row, column: f.column, letter: f.columnLetter })), JSON.stringify(cells)).toEqual([
            { row: headerRow + 1 + r, column: COLUMN[field].header, letter: columnLetter((b.table.firstColumn ?? 1) + col) },
          ]);
          expect(invalid[0].customer).toBe(field === 'customerId' ? null : textOf(cells[fields.indexOf('customerId')]));
          if (field === 'customerId') expect(invalid[0].data.code).toBe(textOf(cells[col]) === null ? 'customer-missing' : 'customer-error');
          if (field === 'customerName') expect(invalid[0].data.code).toBe('customer-error');
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    'c. findings do not depend on row order (shuffled rows give the same findings, compared by row content)',
    async () => {
      // Contact times are distinct within the ledger: the timeline order of a customer is then
      // fixed by the data alone (equal times are ordered by row, by design).
      const spec = headerArb(['customerId', 'contactAt']).chain((fields) => {
        const contactCol = fields.indexOf('contactAt');
        return fc.record({
          shape: rowBoundShapeArb,
          date1904: fc.boolean(),
          rows: fc.uniqueArray(
            fc.record({ cells: fc.tuple(...fields.map(columnCellArb)), contact: timeSpecArb(true).map((t) => ({ ...t, withTime: true })) }),
            { maxLength: 8, selector: (x) => x.contact.off },
          ),
          perm: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        }).map(({ shape, date1904, rows, perm }) => ({
          spec: { ...shape, date1904, fields, rows: rows.map((x) => x.cells.map((c, k) => (k === contactCol ? x.contact : c))) } as LedgerSpec,
          perm,
        }));
      });
      await fc.assert(
        asyncProp(spec, async ({ spec: s, perm }) => {
          const shuffled = [...s.rows];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = perm[i] % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
          }
          const a = build(s);
          const b = build({ ...s, rows: shuffled });
          const ra = await evaluate(a.table, profile, { asOf: a.asOf });
          const rb = await evaluate(b.table, profile, { asOf: b.asOf });
          expectSameMultiset(rb.findings.map((f) => findingFacts(f, b.table)), ra.findings.map((f) => findingFacts(f, a.table)));
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    "d. adding a compliant customer changes no other customer's findings (and the new customer has none)",
    async () => {
      const NEW = '新客户-ZZ9';
      const spec = fc.record({
        base: mixedLedgerArb(['customerId', 'contactAt'], { maxRows: 8, rowBoundFormats: true }),
        where: fc.nat(),
        twoRows: fc.boolean(),
        tier: fc.constantFrom('H', 'h', 'H类'),
      });
      await fc.assert(
        asyncProp(spec, async ({ base, where, twoRows, tier }) => {
          const a = build(base);
          const ids = a.table.rows.flat().map((v) => textOf(v));
          fc.pre(!ids.includes(NEW));
          // One row (two in a log, where a second contact keeps the ledger's shape) that satisfies
          // every rule of 002-1 as of the as-of day: an H customer received yesterday 10:00 and
          // called back at 15:00 (and again today), reached, with content; due again in 2+ days.
          const d = base.asOfDay;
          const read = prepareLedger(a.table, profile).ledger;
          const log = read.shape === 'log';
          // A ledger that never fills 回访结果 in reads a blank one as reached; one that does, not
          // (issue 13): a compliant customer follows the ledger's own practice, or it would change it.
          const fillsOutcomes = read.outcome.some((o) => o !== -1);
          const values: Partial<Record<FieldName, CellValue>> = {
            customerId: NEW,
            customerName: '王新',
            tier,
            receptionAt: `${isoDay(d - 1)} 10:00`,
            contactAt: `${isoDay(d - 1)} 15:00`,
            channel: '电话',
            content: '介绍新车型配置和价格，客户周末再来试驾',
            outcome: fillsOutcomes ? '已接通' : null,
            phone: '13800000009',
            intendedModel: '轩逸',
          };
          const newRows: CellSpec[][] = [base.fields.map((f) => raw(values[f] ?? null))];
          if (twoRows && log) newRows.push(base.fields.map((f) => raw(f === 'contactAt' ? `${isoDay(d)} 11:00` : f === 'receptionAt' ? null : (values[f] ?? null))));
          const at = where % (base.rows.length + 1);
          const rows = [...base.rows.slice(0, at), ...newRows, ...base.rows.slice(at)];
          const b = build({ ...base, rows });
          const ra = await evaluate(a.table, profile, { asOf: a.asOf });
          const rb = await evaluate(b.table, profile, { asOf: b.asOf });
          expect(rb.findings.filter((f) => f.customer === NEW).map((f) => `${f.ruleId} ${f.status} ${f.messageId}`)).toEqual([]);
          const others = (r: Report, t: Table) => r.findings.filter((f) => f.row !== null && f.customer !== NEW).map((f) => findingFacts(f, t));
          expectSameMultiset(others(rb, b.table), others(ra, a.table));
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    'e. the annotation plan never targets a cell the clerk wrote',
    async () => {
      const spec = fc.record({
        base: mixedLedgerArb(['customerId', 'contactAt'], { ragged: true }),
        // Notes the clerk keeps right of the table, without a header.
        notes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 }), fc.constantFrom<CellValue>('备注', 42, true, ' ', '\u3000')), { maxLength: 3 }),
      });
      await fc.assert(
        asyncProp(spec, async ({ base, notes }) => {
          const b = build(base);
          const t = b.table;
          for (const [r, extra, v] of notes) {
            const row = b.headerIndex + 1 + (r % Math.max(1, t.rows.length - b.headerIndex - 1));
            if (row >= t.rows.length) continue;
            const cells = t.rows[row];
            while (cells.length < base.fields.length + extra - 1) cells.push(null);
            cells.push(v);
          }
          const result = await tryEvaluate(b);
          fc.pre(!(result instanceof LedgerlintError)); // a note row may out-score the header
          const report = result as Report;
          const firstRow = t.firstRow ?? 1;
          const firstColumn = t.firstColumn ?? 1;
          let lastUserColumn = 0;
          t.rows.forEach((cells) => cells.forEach((v, c) => {
            if (v !== null && v !== '') lastUserColumn = Math.max(lastUserColumn, firstColumn + c);
          }));
          const lastRow = firstRow + t.rows.length - 1;
          const plan = planAnnotation(report, profile, { lastColumn: lastUserColumn, lastRow }, 'x.xlsx');

          // The two added columns are right of everything the clerk wrote.
          expect(plan.statusColumn).toBeGreaterThan(lastUserColumn);
          expect(plan.nextDueColumn).toBeGreaterThan(lastUserColumn);
          expect(plan.nextDueColumn).not.toBe(plan.statusColumn);
          expect(plan.headerRow).toBe(firstRow + report.columnMap.headerIndex);
          expect(plan.summary.name).not.toBe(t.sheet);
          // Every planned row is a data row: below the header, inside the range, not blank.
          const planned = plan.rows.map((r) => r.row);
          expect(new Set(planned).size).toBe(planned.length);
          for (const row of planned) {
            expect(row).toBeGreaterThan(plan.headerRow);
            expect(row).toBeLessThanOrEqual(lastRow);
            const cells = t.rows[row - firstRow];
            expect(cells.some((v) => !isBlank(v)), `planned row ${row} is blank: ${JSON.stringify(cells)}`).toBe(true);
          }
          for (const h of plan.highlights) {
            if (h.style !== 'invalid') {
              // Conditional formats over the data rows: formats only, never the header.
              const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(h.ref)!;
              expect(m, h.ref).not.toBeNull();
              expect(Number(m[2])).toBeGreaterThan(plan.headerRow);
              expect(m[3]).toBe(columnLetter(plan.nextDueColumn));
              continue;
            }
            expect(h.formula).toBe(INVALID_HIGHLIGHT_FORMULA);
            for (const ref of h.ref.split(' ')) {
              const m = /^([A-Z]+)(\d+)$/.exec(ref);
              expect(m, ref).not.toBeNull();
              const col = m![1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
              const row = Number(m![2]);
              expect(col).toBeGreaterThanOrEqual(firstColumn);
              expect(col).toBeLessThanOrEqual(lastUserColumn);
              expect(row).toBeGreaterThan(plan.headerRow);
              expect(row).toBeLessThanOrEqual(lastRow);
              // The cell is in a column whose header is the one an invalid finding of that row names.
              const header = t.rows[report.columnMap.headerIndex][col - firstColumn];
              expect(report.findings.some((f) => f.status === 'invalid' && f.row === row && f.column === header)).toBe(true);
            }
          }
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    'g. day arithmetic has no floor at 1970: the same ledger 400 years earlier (same weekdays and leap years) gives the same findings, 400 years earlier',
    async () => {
      // Dates as text only (serials are tied to 1900), in every style; other columns as usual.
      const ERA = 146_097; // days in 400 Gregorian years: a whole number of weeks
      const textTime = timeSpecArb(true).map((t) => ({ ...t, serial: 0 }));
      const cellOf = (f: FieldName): fc.Arbitrary<CellSpec> =>
        COLUMN[f].kind === 'time' || COLUMN[f].kind === 'date'
          ? fc.oneof({ arbitrary: textTime, weight: 6 }, { arbitrary: fc.constantFrom(raw(null), raw('上周五'), raw('14:30'), raw('#N/A')), weight: 1 })
          : columnCellArb(f);
      const spec = headerArb(['customerId', 'contactAt', 'tier']).chain((fields) =>
        fc.record({ shape: rowBoundShapeArb, rows: rowsArb(fields, cellOf, 8, false) }).map(({ shape, rows }): LedgerSpec => ({
          ...shape,
          date1904: false,
          fields,
          // Dates elsewhere (a customer number that is a date, say) would differ by era: none there.
          rows: rows.map((r) => r.map((c, k) => (c.t !== 'time' ? c : ['time', 'date'].includes(COLUMN[fields[k]].kind) ? { ...c, serial: 0 } : raw('K9')))),
        })),
      );
      const later = (x: unknown) => (typeof x === 'string' ? x.replace(/(?<!\d)(\d{4})(-\d\d-\d\d)/g, (_, y: string, rest: string) => `${Number(y) + 400}${rest}`) : x);
      const facts = (r: Report, shift: boolean) =>
        r.findings.map((f) => {
          const { value: _value, ...data } = f.data;
          const move = (x: unknown) => (shift ? later(x) : x);
          return JSON.stringify([f.ruleId, f.status, f.severity, f.customer, f.row, f.column ?? null, move(f.dueAt) ?? null, f.overdueDays ?? null, f.messageId, Object.entries(data).map(([k, v]) => [k, move(v)])]);
        });
      await fc.assert(
        asyncProp(spec, async (s) => {
          const now = build(s);
          const then = build({ ...s, asOfDay: s.asOfDay - ERA });
          const rNow = await evaluate(now.table, profile, { asOf: now.asOf });
          const rThen = await evaluate(then.table, profile, { asOf: then.asOf });
          expectSameMultiset(facts(rThen, true), facts(rNow, false));
        }),
        runs(),
      );
    },
    TIMEOUT,
  );

  it(
    'f. normalisation round trip: an Excel serial and its formatted text read as the same minute',
    () => {
      const spec = fc.record({
        day: fc.integer({ min: dayOfYmd(1900, 1, 1), max: dayOfYmd(2199, 12, 31) }),
        minute: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MPD - 1 })),
        withTime: fc.boolean(),
        style: fc.nat(TEXT_STYLES.length - 1),
        fmt: fc.nat(3),
        noise: fc.double({ min: -1e-9, max: 1e-9, noNaN: true }),
        mode: fc.constantFrom('format', 'no-format', 'General', '1904'),
      });
      fc.assert(
        fc.property(spec, ({ day, minute, withTime, style, fmt, noise, mode }) => {
          const stamp = day * MPD + (withTime ? minute : 0);
          const s1900 = serial1900(stamp);
          // Without a date format a serial reads as a date only in the plausible range 10000-100000.
          if ((mode === 'no-format' || mode === 'General') && (s1900 < 10000 || s1900 > 100000)) return;
          if (mode === '1904' && day < dayOfYmd(1904, 1, 2)) return;
          const value = (mode === '1904' ? s1900 - 1462 : s1900) + noise;
          const format = mode === 'no-format' ? undefined : mode === 'General' ? 'General' : (withTime ? DATETIME_FORMATS : DATE_FORMATS)[fmt];
          const fromSerial = readTimeCell(value, format, mode === '1904');
          const text = TEXT_STYLES[style](stamp, withTime);
          const fromText = readTimeCell(text, undefined, false);
          const precision = withTime && minute !== 0 ? Precision.Minute : Precision.Day;
          expect({ minute: fromSerial.minute, precision: fromSerial.precision }, `serial ${value} (${format})`).toEqual({ minute: stamp, precision });
          expect({ minute: fromText.minute, precision: fromText.precision }, text).toEqual({ minute: stamp, precision });
          // yyyymmdd typed as a number reads as the same day.
          if (!withTime && day <= dayOfYmd(2100, 12, 31)) {
            const p = partsOf(stamp);
            expect(readTimeCell(p.y * 10000 + p.mo * 100 + p.d, 'General', false)).toMatchObject({ minute: stamp, precision: Precision.Day });
          }
        }),
        runs(),
      );
    },
    TIMEOUT,
  );
});
