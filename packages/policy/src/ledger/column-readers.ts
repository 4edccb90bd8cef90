/**
 * What each mapped column is read as, and the typed array its cells go to. Uncommon cells go to a
 * reader function; the common cases (a serial date, a label already seen, text) are handled inline
 * by the row pass (read-rows.ts), which is why a reader also exposes its arrays.
 */
import { MINUTES_PER_DAY } from '../time/day';
import { cellText, CHANNEL_VOCABULARY, CHANNELS, nearestWord, normalizeLabel, OUTCOME_VOCABULARY, outcomeChannel, Precision, readChannel, readNumber, readOutcome, readTier, readTimeCell, type TimeCell } from './cells';
import { MAX_SUGGESTED, problem, type CellProblem } from './cell-problems';
import type { ColumnMap } from './columns';
import { FIELDS, type Field } from './fields';
import { OUTCOME_CODES, VISITED } from './outcomes';

export interface TimeColumn {
  /** Minute stamp in Shanghai wall time; NaN when empty or unreadable. */
  minute: Float64Array;
  /** A `Precision` value per record. */
  precision: Uint8Array;
}

/** Reader kinds, for the row pass's inline fast paths. */
export const TIME = 1;
/** tier, channel, outcome: a code per label, each distinct label decoded once. */
export const LABEL = 2;
export const NUMBER = 3;
export const TEXT = 4;

export type Read = (i: number, v: unknown, f: string | null | undefined) => void;

/** One mapped column: how its cells are read, and where they go. */
export interface ColumnReader {
  col: number;
  kind: number;
  read: Read;
  /** TIME: the column's arrays (empty for other kinds). */
  minute: Float64Array;
  precision: Uint8Array;
  /** TIME: a date column, whose times are cut to the day. */
  dateOnly: boolean;
  /** TEXT: the cells as written, in sheet order. */
  text: unknown[];
  /** LABEL: the code of each distinct label met (negative when unreadable), and the codes per record. */
  seen: Map<string, number>;
  codes: Int8Array;
}

/** Every mapped column's reader, and the typed columns they fill (records in sheet order). */
export interface ColumnsRead {
  readers: ColumnReader[];
  times: Partial<Record<Field, TimeColumn>>;
  numbers: Partial<Record<Field, Float64Array>>;
  /** Tier index per record (-1 blank, -2 unreadable). */
  tier: Int8Array;
  /** Index into CHANNELS per record (-1 blank, -2 unreadable). */
  channel: Int8Array;
  /** Outcome code per record (OUTCOME_CODES, VISITED; -1 blank, -2 unreadable). */
  outcome: Int8Array;
  /** Text cells as written, in sheet order: copied now (no look inside), read on first use. */
  rawText: Partial<Record<Field, unknown[]>>;
}

/** The tier words a profile knows, to read and suggest against. */
export interface TierWords {
  tiers: readonly string[];
  tierSynonyms?: Record<string, string>;
}

const TIME_TYPES = new Set(['datetime', 'date']);
const TEXT_TYPES = new Set(['text', 'key']);
const NO_MINUTES = new Float64Array(0);
const NO_PRECISIONS = new Uint8Array(0);
const NO_CODES = new Int8Array(0);
const noRead: Read = () => {};

// One factory, so that every reader has the same shape and the row pass's accesses stay monomorphic.
function reader(col: number, kind: number, read: Read, time?: TimeColumn, dateOnly = false, text: unknown[] = [], seen = new Map<string, number>(), codes: Int8Array = NO_CODES): ColumnReader {
  return { col, kind, read, minute: time ? time.minute : NO_MINUTES, precision: time ? time.precision : NO_PRECISIONS, dateOnly, text, seen, codes };
}

/**
 * A reader for every mapped column, with room for `capacity` records; unreadable cells are pushed
 * to `problems`. 'clock' columns get none: the row pass reads them after the date they complete.
 */
export function columnReaders(fields: ColumnMap['fields'], words: TierWords, capacity: number, date1904: boolean, problems: CellProblem[]): ColumnsRead {
  const out: ColumnsRead = {
    readers: [],
    times: {},
    numbers: {},
    tier: new Int8Array(capacity).fill(-1),
    channel: new Int8Array(capacity).fill(-1),
    outcome: new Int8Array(capacity).fill(-1),
    rawText: {},
  };
  const { readers } = out;
  for (const [field, col] of Object.entries(fields) as [Field, number][]) {
    const type = FIELDS[field].type;
    if (TIME_TYPES.has(type)) {
      const time: TimeColumn = { minute: new Float64Array(capacity), precision: new Uint8Array(capacity) };
      out.times[field] = time;
      const dateOnly = type === 'date';
      readers.push(reader(col, TIME, timeRead(time, field, dateOnly, date1904, problems), time, dateOnly));
    } else if (TEXT_TYPES.has(type)) {
      const text: unknown[] = new Array(capacity);
      out.rawText[field] = text;
      readers.push(reader(col, TEXT, noRead, undefined, false, text));
    } else if (type === 'number') {
      const numbers = new Float64Array(capacity);
      out.numbers[field] = numbers;
      readers.push(reader(col, NUMBER, numberRead(numbers, field, problems)));
    } else if (type === 'tier') {
      // A profile without tiers has no tier words to check a cell against: a roster's own rating
      // (★★★, VIP客户) is not an error there, just a column this profile does not use.
      if (words.tiers.length === 0) continue;
      readers.push(labelReader(col, out.tier, (t) => readTier(t, words.tiers, words.tierSynonyms), 'tier', 'not-a-tier', tierVocabulary(words), problems, words.tiers.join('/')));
    } else if (type === 'channel') {
      const channelCode = (t: string) => {
        const c = readChannel(t);
        return c ? CHANNELS.indexOf(c) : -1;
      };
      readers.push(labelReader(col, out.channel, channelCode, 'channel', 'not-a-channel', CHANNEL_VOCABULARY, problems));
    } else if (type === 'outcome') {
      const outcomeCode = (t: string) => (outcomeChannel(t) ? VISITED : OUTCOME_CODES[readOutcome(t) ?? 'unknown']);
      readers.push(labelReader(col, out.outcome, outcomeCode, 'outcome', 'not-an-outcome', OUTCOME_VOCABULARY, problems));
    }
  }
  return out;
}

function timeRead(time: TimeColumn, field: Field, dateOnly: boolean, date1904: boolean, problems: CellProblem[]): Read {
  const { minute, precision } = time;
  return (i, v, f) => {
    const t: TimeCell = readTimeCell(v, f, date1904);
    minute[i] = t.minute;
    precision[i] = t.precision;
    if (t.precision === Precision.Clock) {
      // A bare time of day cannot stand for a date.
      minute[i] = NaN;
      precision[i] = Precision.Invalid;
      problems.push({ record: i, field, code: 'time-without-date' });
    } else if (t.precision === Precision.Invalid) problems.push({ record: i, field, code: t.error ?? 'not-a-date' });
    else if (dateOnly && t.precision === Precision.Minute) {
      minute[i] = Math.floor(t.minute / MINUTES_PER_DAY) * MINUTES_PER_DAY;
      precision[i] = Precision.Day;
    }
  };
}

function numberRead(out: Float64Array, field: Field, problems: CellProblem[]): Read {
  return (i, v) => {
    if (cellText(v) === null) out[i] = NaN;
    else {
      const n = readNumber(v);
      out[i] = n ?? NaN;
      if (n === undefined) problems.push({ record: i, field, code: 'not-a-number' });
    }
  };
}

/**
 * A label column (tier, channel, outcome) read into `out`: each distinct label decoded once
 * (`decode` gives -1 for an unknown one, stored as -2 and reported with `code`).
 */
function labelReader(col: number, out: Int8Array, decode: (text: string) => number, field: Field, code: string, vocabulary: ReadonlyMap<string, string>, problems: CellProblem[], expected?: string): ColumnReader {
  const seen = new Map<string, number>();
  const suggested = new Map<string, string | undefined>();
  const read: Read = (i, v) => {
    const t = cellText(v);
    if (t === null) return;
    let k = seen.get(t);
    if (k === undefined) {
      const d = decode(t);
      seen.set(t, (k = d < 0 ? -2 : d));
      if (k < 0 && suggested.size < MAX_SUGGESTED) suggested.set(t, nearestWord(t, vocabulary));
    }
    if (typeof v === 'string') seen.set(v, k);
    out[i] = k;
    if (k < 0) problems.push(problem(i, field, code, expected, suggested.get(t)));
  };
  return reader(col, LABEL, read, undefined, false, undefined, seen, out);
}

/** The tier words a profile knows (its codes and synonyms), for suggestions. */
function tierVocabulary(words: TierWords): Map<string, string> {
  const out = new Map<string, string>(words.tiers.map((t) => [t, t]));
  for (const [word, code] of Object.entries(words.tierSynonyms ?? {})) out.set(normalizeLabel(word), code);
  return out;
}
