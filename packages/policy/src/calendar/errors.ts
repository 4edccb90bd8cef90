/**
 * Calendar data errors: the messages (zh and en), and the first zod issue of bad calendar JSON
 * turned into one of them, naming the path of the bad value. Calendar is the lowest folder that
 * raises them, so they live here.
 */
import type { z } from 'zod';
import { LedgerlintError, type Locale, type MessageParams, type MessageTable } from '../errors';

/**
 * What is wrong with one value of calendar data, without saying where: the calendar's refinements
 * raise these codes, and a profile's `calendarYears` reports them under its own path.
 */
export const CALENDAR_ISSUES = {
  'calendar-bad-date': {
    zh: '「{value}」不是有效日期，应为真实存在的日期，格式 YYYY-MM-DD。',
    en: '"{value}" is not a real date in the form YYYY-MM-DD.',
  },
  'calendar-date-outside-year': {
    zh: '日期 {value} 不在所属年份 {year} 年内。',
    en: '{value} is not in the year {year} it is listed under.',
  },
  'calendar-duplicate-date': {
    zh: '日期 {value} 重复，同一年的 {other} 已有该日期。',
    en: '{value} is listed twice; {other} of the same year already has it.',
  },
  'calendar-duplicate-year': {
    zh: '{value} 年重复，{other} 已是该年。',
    en: 'the year {value} is listed twice; {other} already is that year.',
  },
  'calendar-bad-year': {
    zh: '年份 {value} 无效，应为 {min} 至 {max} 之间的整数。',
    en: 'the year {value} is invalid; expected a whole number from {min} to {max}.',
  },
  'calendar-makeup-not-weekend': {
    zh: '调休上班日 {value} 是{weekdayZh}，调休上班日只能是周六或周日。',
    en: 'the make-up working day {value} is a {weekdayEn}; make-up working days (调休上班) are Saturdays or Sundays.',
  },
  'calendar-bad-work-week': {
    zh: '每周工作日 {value} 无效，应为 1（周一）至 7（周日）之间互不重复的整数，至少一个。',
    en: 'the work week {value} is invalid; expected distinct whole numbers from 1 (Monday) to 7 (Sunday), at least one.',
  },
  'calendar-bad-name': {
    zh: '节日名称应为 1 至 {max} 个字符。',
    en: 'a holiday name must have 1 to {max} characters.',
  },
} as const satisfies MessageTable;

/**
 * Messages of calendar data errors, zh and en; `{path}` is where in the JSON the bad value is.
 * @example try { parseCalendarData(json) } catch (e) { if (isLedgerlintError(e)) console.error(e.bilingual()) }
 */
export const CALENDAR_ERRORS = {
  ...(Object.fromEntries(
    Object.entries(CALENDAR_ISSUES).map(([code, m]) => [code, { zh: `工作日历数据 {path}：${m.zh}`, en: `Calendar data {path}: ${m.en}` }]),
  ) as { [K in keyof typeof CALENDAR_ISSUES]: Record<Locale, string> }),
  'calendar-unknown-key': {
    zh: '工作日历数据 {path}：未知字段「{key}」。允许的字段：{allowed}。',
    en: 'Calendar data {path}: unknown key "{key}". Allowed keys: {allowed}.',
  },
  'calendar-missing': {
    zh: '工作日历数据缺少必填字段 {path}。',
    en: 'Calendar data: the required field {path} is missing.',
  },
  'calendar-wrong-type': {
    zh: '工作日历数据 {path}：应为{expectedZh}，实际是 {found}。',
    en: 'Calendar data {path}: expected {expectedEn}, found {found}.',
  },
  'calendar-invalid': {
    zh: '工作日历数据 {path} 无效：{detail}',
    en: 'Calendar data {path} is invalid: {detail}',
  },
  'calendar-no-years': {
    zh: '工作日历数据不含任何年份，无法判断工作日。',
    en: 'The calendar data has no years, so no day can be judged a working day.',
  },
} as const satisfies MessageTable;

const TYPE_ZH: Record<string, string> = { string: '文本', number: '数字', array: '列表（数组）', object: '对象' };
const TYPE_EN: Record<string, string> = { string: 'a string', number: 'a number', array: 'an array', object: 'an object' };

/** `years[0].holidays[3].date`; `(root)` for the whole document. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** Allowed keys of the object at a path, for the unknown-key message. */
function allowedKeys(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'years, workWeek';
  if (path.length === 2) return 'year, holidays, makeupWorkdays';
  return 'date, name';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The first zod issue as a LedgerlintError naming the path of the bad value. */
export function calendarError(error: z.ZodError, input: unknown): LedgerlintError {
  let issue = error.issues[0];
  // A misspelt key shows up as "missing X" first, then "unknown key Y" on the same object; the
  // unknown key is the more useful message.
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
    const parent = formatPath(issue.path.slice(0, -1));
    const typo = error.issues.find((i) => i.code === 'unrecognized_keys' && formatPath(i.path) === parent);
    if (typo) issue = typo;
  }
  const path = formatPath(issue.path);
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    const { code, ...params } = issue.params as { code: string } & MessageParams;
    // The constructor refuses a code without a message.
    return new LedgerlintError(CALENDAR_ERRORS, code as keyof typeof CALENDAR_ERRORS, { ...params, path });
  }
  if (issue.code === 'unrecognized_keys') {
    return new LedgerlintError(CALENDAR_ERRORS, 'calendar-unknown-key', { path, key: issue.keys[0], allowed: allowedKeys(issue.path) });
  }
  if (issue.code === 'invalid_type') {
    const found = valueAt(input, issue.path);
    if (found === undefined && issue.path.length > 0) return new LedgerlintError(CALENDAR_ERRORS, 'calendar-missing', { path });
    const expected = String(issue.expected);
    return new LedgerlintError(CALENDAR_ERRORS, 'calendar-wrong-type', {
      path,
      expectedZh: TYPE_ZH[expected] ?? expected,
      expectedEn: TYPE_EN[expected] ?? expected,
      found: typeName(found),
    });
  }
  return new LedgerlintError(CALENDAR_ERRORS, 'calendar-invalid', { path, detail: issue.message });
}
