/** Small helpers the rule kinds share. */
import { normalizeLabel, Precision, yearlessDate } from '../ledger/cells';
import type { RuleContext } from '../rule/kind';
import { FIELDS, type Field } from '../ledger/fields';
import { columnOf } from '../ledger/ledger';
import type { ProfileView } from '../rule/kind';
import type { ParamsIssue } from '../rule/kind';
import type { RuleBase } from '../rule/rule';
import { dayFromYmd, isoDate, MINUTES_PER_DAY, readableMinute, ymdFromDay } from '../time/day';

/**
 * Values of the qualifying mask (see qualifyingContacts): not a qualifying contact, one, and one
 * that might be but for a cell the reader could not use.
 */
export const QUALIFIES = { NO: 0, YES: 1, UNSURE: 2 } as const;

/** True when a minute stamp lies in a customer's stage span [from, until) (see RuleContext.stageSpan). */
export function inSpan(span: { from: Float64Array; until: Float64Array }, customer: number, minute: number): boolean {
  return minute >= span.from[customer] && minute < span.until[customer];
}

/** Day number of a minute stamp. */
export const dayOf = (minute: number): number => Math.floor(minute / MINUTES_PER_DAY);

/**
 * A time as a person reads it: date and time when it has minutes, else the date alone.
 * @example timeText(stamp, Precision.Minute) // '2025-03-06 14:00'
 */
export function timeText(minute: number, precision: number): string {
  return precision === Precision.Minute ? readableMinute(minute) : isoDate(dayOf(minute));
}

/** A record's time cell in a column as a person reads it (see timeText). */
export function recordTimeText(ctx: RuleContext, field: Field, record: number): string {
  const t = ctx.ledger.times[field]!;
  return timeText(t.minute[record], t.precision[record]);
}

/** True for a time cell that holds a date (with or without the time of day): not blank, not unreadable. */
export const isDated = (precision: number): boolean => precision === Precision.Day || precision === Precision.Minute;

/** The header a field has in this ledger, else the field's Chinese name (for messages). */
export function columnName(ctx: RuleContext, field: Field): string {
  return columnOf(ctx.ledger, field)?.header ?? fieldLabel(ctx.profile, field);
}

/**
 * A field's name where the ledger has no column for it: the profile's own first header when the
 * profile says so (columnNames: 'profile', a traditional-script form), else the common name.
 */
export function fieldLabel(profile: Pick<ProfileView, 'columnNames' | 'headers'>, field: Field): string {
  return (profile.columnNames === 'profile' ? profile.headers?.[field]?.[0] : undefined) ?? FIELDS[field].zh;
}

/** Index of a tier code in the profile's tier list (-1 when the profile has no such tier). */
export function tierIndex(ctx: RuleContext, code: string): number {
  return ctx.profile.tiers.findIndex((t) => t.code === code);
}

/** The customer's latest record (the row customer-level findings point at). */
export function latestRecord(ctx: RuleContext, customer: number): number {
  const { records, start } = ctx.ledger.customers;
  return records[start[customer + 1] - 1];
}

/** True when the record has a usable contact date (day or minute precision). */
export function hasContact(ctx: RuleContext, record: number): boolean {
  const p = ctx.ledger.times.contactAt?.precision[record];
  return p !== undefined && isDated(p);
}

/** A time-of-day window in minutes of the day, from `HH:mm` texts; `from > to` wraps midnight. */
export interface ClockWindow {
  from: number;
  to: number;
  text: string;
}

/** Minute of the day of an `HH:mm` text (the params schema admits 00:00-23:59 only). @example minuteOfClock('18:30') // 1110 */
export const minuteOfClock = (hhmm: string): number => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5);

/** Parse `HH:mm` windows once per rule. @example clockWindows([{ from: '21:00', to: '08:00' }]) */
export function clockWindows(windows: readonly { from: string; to: string }[]): ClockWindow[] {
  return windows.map((w) => ({ from: minuteOfClock(w.from), to: minuteOfClock(w.to), text: `${w.from}-${w.to}` }));
}

/**
 * Index of the first window holding a minute of the day, -1 when none. `endInclusive` counts the
 * window's last minute in (a call starting at 11:00 is inside 10:00-11:00).
 * @example windowAt(clockWindows([{ from: '10:00', to: '11:00' }]), 660, true) // 0
 */
export function windowAt(windows: readonly ClockWindow[], mod: number, endInclusive: boolean): number {
  for (let k = 0; k < windows.length; k++) {
    const w = windows[k];
    const beforeEnd = endInclusive ? mod <= w.to : mod < w.to;
    if (w.from <= w.to ? mod >= w.from && beforeEnd : mod >= w.from || beforeEnd) return k;
  }
  return -1;
}

/** Minute of the day (0-1439) of a minute stamp. */
export const minuteOfDay = (minute: number): number => minute - dayOf(minute) * MINUTES_PER_DAY;

export { clockText } from '../time/day';

/**
 * Words of a clause that give a time without a number (catalog §0.3 U, §16 A12), longest first so
 * that 不定期 is not read as 定期.
 */
const VAGUE_TIME_WORDS: readonly [string, string][] = [
  ['第一时间', 'at the first moment'],
  ['不定期', 'from time to time'],
  ['及时', 'promptly'],
  ['定期', 'periodically'],
  ['立即', 'immediately'],
  ['迅速', 'quickly'],
  ['尽快', 'as soon as possible'],
  ['适时', 'in good time'],
  ['随时', 'at any time'],
];

/**
 * The words of a quoted clause that set a time without a number, in the order they stand, in both
 * languages; empty texts when the clause names no time at all ("解决后进行回访").
 * @example vagueTimeWords('客户关系专员定期将维护工作推行情况向客户服务主管汇报') // { zh: '“定期”', en: '"periodically" (定期)' }
 */
export function vagueTimeWords(quote: string): { zh: string; en: string } {
  const found: { at: number; zh: string; en: string }[] = [];
  let rest = quote;
  for (const [zh, en] of VAGUE_TIME_WORDS) {
    const at = rest.indexOf(zh);
    if (at < 0) continue;
    found.push({ at, zh, en });
    // Blank the word out so that a shorter one inside it (定期 in 不定期) is not found again.
    rest = rest.split(zh).join('\u0000'.repeat(zh.length));
  }
  found.sort((a, b) => a.at - b.at);
  return { zh: found.map((w) => `“${w.zh}”`).join(''), en: found.map((w) => `"${w.en}" (${w.zh})`).join(', ') };
}

/** Earliest (or latest) day of a date field on a customer's rows; undefined when none is filled. */
export function fieldDay(ctx: RuleContext, customer: number, field: Field, latest: boolean): number | undefined {
  const col = ctx.ledger.times[field];
  if (!col) return undefined;
  const { records, start } = ctx.ledger.customers;
  let best: number | undefined;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    if (!isDated(col.precision[i])) continue;
    const d = dayOf(col.minute[i]);
    if (best === undefined || (latest ? d > best : d < best)) best = d;
  }
  return best;
}

/**
 * `normalizeLabel` with a memory: names and labels repeat down a ledger, so each distinct text is
 * normalised once per rule run.
 * @example const norm = labelNormalizer(); norm('王 磊') === norm('王磊') // true
 */
export function labelNormalizer(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined) seen.set(text, (v = normalizeLabel(text)));
    return v;
  };
}

/**
 * Whether a record's contact could lie between two minute stamps (inclusive): a dated contact by
 * its time (a whole day for a date alone); an unreadable one by what it still says (`12月23日
 * 15:00` is that minute in some year); one that says nothing readable could lie anywhere.
 */
export function couldFallIn(ctx: RuleContext, record: number, lo: number, hi: number): boolean {
  const ct = ctx.ledger.times.contactAt;
  if (!ct || lo > hi) return false;
  const p = ct.precision[record];
  const m = ct.minute[record];
  if (p === Precision.Minute) return m >= lo && m <= hi;
  if (p === Precision.Day) return m + MINUTES_PER_DAY - 1 >= lo && m <= hi;
  if (p !== Precision.Invalid) return false;
  const text = ctx.ledger.textAt('contactAt', record);
  const md = text === null ? undefined : yearlessDate(text);
  if (!md) return true;
  for (let y = ymdFromDay(dayOf(lo)).year; y <= ymdFromDay(dayOf(hi)).year; y++) {
    // 2月29日 in a year without one is no day of that year.
    const d = dayFromYmd(y, md.month, md.day);
    if (ymdFromDay(d).month !== md.month) continue;
    const from = d * MINUTES_PER_DAY + (md.minuteOfDay ?? 0);
    const to = md.minuteOfDay === undefined ? from + MINUTES_PER_DAY - 1 : from;
    if (to >= lo && from <= hi) return true;
  }
  return false;
}

/** The first of a customer's records marked in `unsure` whose contact could lie in [lo, hi] (minute stamps), or -1. */
export function unsureRecordIn(ctx: RuleContext, customer: number, unsure: (record: number) => boolean, lo: number, hi: number): number {
  const { records, start } = ctx.ledger.customers;
  for (let j = start[customer]; j < start[customer + 1]; j++) {
    const i = records[j];
    if (unsure(i) && couldFallIn(ctx, i, lo, hi)) return i;
  }
  return -1;
}

/** Fields whose unreadable cell leaves a contact's place or worth unknown, in the order they are named. */
const DOUBT_FIELDS: readonly Field[] = ['contactAt', 'channel', 'outcome', 'callbackType'];

/** The cell that makes a record unsure: its unreadable contact time, channel, outcome or callback type. */
export function doubtCell(ctx: RuleContext, record: number): Field {
  const L = ctx.ledger;
  for (const f of DOUBT_FIELDS) {
    if (f === 'contactAt' && L.times.contactAt?.precision[record] === Precision.Invalid) return f;
    if (f === 'channel' && L.channel[record] === -2) return f;
    if (f === 'outcome' && L.outcome[record] === -2) return f;
    if (f === 'callbackType' && L.unknownType?.[record] === 1) return f;
  }
  return 'contactAt';
}

/**
 * Report that a rule cannot tell, because of one row: the row might be the contact the rule asks
 * for, but one of its cells cannot be read (its own invalid finding says which and why). The
 * finding points at that row and names it, instead of a breach that may not be one.
 */
export function emitUnsure(ctx: RuleContext, rule: RuleBase, customer: number, record: number, dueAt?: string): void {
  const field = doubtCell(ctx, record);
  const value = ctx.ledger.textAt(field, record) ?? '';
  // The finding's own row is that row: the message names it from there (data holds no row number,
  // so that a finding reads the same wherever its row moves).
  ctx.emit(rule, { status: 'indeterminate', customer, record, field, dueAt, messageId: 'unsure-contact', data: { value: value.slice(0, 40) } });
}

/**
 * For a kind's `validate`: an issue for each tier code its params name that the profile lacks, at
 * the code's path inside params (the loader checks `params.tier` itself; this is for the others).
 * @example tierIssues(profile, [[['approverByTier', 'roles', 'Z'], 'Z']]) // [{ path: ['approverByTier', 'roles', 'Z'], message: "Z is not one of the profile's tiers (P/V/K)" }]
 */
export function tierIssues(profile: Pick<ProfileView, 'tiers'>, named: readonly (readonly [path: (string | number)[], code: string])[]): ParamsIssue[] {
  const codes = profile.tiers.map((t) => t.code);
  const known = codes.join('/');
  return named
    .filter(([, code]) => !codes.includes(code))
    .map(([path, code]) => ({ path, message: `${code} is not one of the profile's tiers (${known || 'it has none'})`, zh: `${code} 不是本配置的客户等级之一（${known || '本配置没有定义等级'}）` }));
}
