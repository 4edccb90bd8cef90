/**
 * Cell readers: raw spreadsheet cells to the typed values rules work on. Each reader returns a
 * value or an error code; it never throws. Codes are rendered per locale in `report/messages.ts`.
 */
import { dayFromYmd, isoDate, isValidYmd, MINUTES_PER_DAY } from '../time/day';

/** How precise a time cell is. */
export const Precision = {
  None: 0,
  /** A date without a time of day (or 00:00, which in a ledger almost always means "no time"). */
  Day: 1,
  Minute: 2,
  /** A time of day without a date (a separate 回访时刻 14:30 column). */
  Clock: 3,
  Invalid: 255,
} as const;
export type Precision = (typeof Precision)[keyof typeof Precision];

/** Result of reading a time cell: minute stamp (or minute of day for Clock) and precision. */
export interface TimeCell {
  minute: number;
  precision: Precision;
  /** Error code when precision is Invalid. */
  error?: string;
}

const EMPTY: TimeCell = { minute: NaN, precision: Precision.None };

/** Excel serial of 1970-01-01 in the 1900 date system. */
const SERIAL_1970 = 25569;
/** Days between the 1900 and 1904 systems' day zero. */
const OFFSET_1904 = 1462;
/** Excel's last date, 9999-12-31, is serial 2958465 (1900 system): larger numbers are no date. */
const LAST_SERIAL = 2958465;

/**
 * The serial of 1970-01-01 (day 0 of our day numbers) in the 1900 or (date1904) the 1904 system:
 * the one offset between Excel serials and days or milliseconds since 1970.
 * @example serialOf1970(false) // 25569; serialOf1970(true) // 24107
 */
export function serialOf1970(date1904: boolean): number {
  return date1904 ? SERIAL_1970 - OFFSET_1904 : SERIAL_1970;
}

/**
 * The Excel date serial of an ISO day, in the 1900 system or (date1904) the 1904 system.
 * @example isoToSerial('2025-10-15') // 45945; isoToSerial('2025-10-15', true) // 44483
 */
export function isoToSerial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromYmd(y, m, d) + serialOf1970(date1904);
}

/**
 * The ISO day of a whole date serial (a date cell without a time), or null when the number is no
 * such day: a fraction, before 1900-03-01 in the 1900 system (its fake 1900-02-29 lies before), or
 * after 9999-12-31.
 * @example serialToIso(45945) // '2025-10-15'; serialToIso(45945.5) // null
 */
export function serialToIso(serial: number, date1904 = false): string | null {
  const offset = date1904 ? OFFSET_1904 : 0;
  if (!Number.isInteger(serial) || serial < (date1904 ? 0 : 61) || serial > LAST_SERIAL - offset) return null;
  return isoDate(serial - serialOf1970(date1904));
}

/** True for Excel's error values (`#N/A`, `#VALUE!` ...). */
export function isErrorText(v: string): boolean {
  return v.length > 1 && v.charCodeAt(0) === 35 /* # */ && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/.test(v);
}

const dateFormats = new Map<string, boolean>();

/** True when a number format shows a date or time (has y, d or h/m/s outside quotes and colours). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    known = /[ydhs]/i.test(f) || (/(^|[^0#?])m/i.test(f) && !/^[#0.,%\s-]*$/.test(f));
    if (dateFormats.size < 1000) dateFormats.set(format, known);
  }
  return known;
}

/**
 * Whole day and minute of day of a serial, as Excel shows it without seconds: the time rounded to
 * the second (a serial's last bits are noise: 14:30 is stored as 45721.604166666664), then the
 * seconds dropped, as the text reader drops them in `2025-10-10 23:59:59`. 23:59:59 is 23:59 of
 * its day (rounding to the minute made it the next day without a time); only 23:59:59.5 and later
 * round to the next day's 00:00:00, as Excel's `hh:mm:ss` shows them.
 * @example serialDayAndMinute(45940.99998842593) // [45940, 1439]
 */
function serialDayAndMinute(serial: number): [day: number, minuteOfDay: number] {
  let day = Math.floor(serial);
  let second = Math.round((serial - day) * 86_400);
  if (second === 86_400) {
    day += 1;
    second = 0;
  }
  return [day, Math.floor(second / 60)];
}

/**
 * Minute stamp of an Excel serial without allocating (NaN for serial 60, 1900-02-29, or < 1).
 * @example serialMinute(45721.5, false) // 2025-03-05 12:00 as a minute stamp
 */
export function serialMinute(serial: number, date1904: boolean): number {
  // Below 1 is a bare time of day, even when its minute rounds up to 24:00.
  if (!(serial >= 1)) return NaN;
  const [whole, minuteOfDay] = serialDayAndMinute(serial);
  if (date1904) return (whole + OFFSET_1904 - SERIAL_1970) * MINUTES_PER_DAY + minuteOfDay;
  if (whole === 60 || whole < 1) return NaN;
  return (whole < 60 ? whole - SERIAL_1970 + 1 : whole - SERIAL_1970) * MINUTES_PER_DAY + minuteOfDay;
}

/**
 * Minute stamp and precision of an Excel serial date.
 * @example serialToTime(45721.6041666667, false) // { minute: (2025-03-05 14:30), precision: Minute }
 */
export function serialToTime(serial: number, date1904: boolean): TimeCell {
  // A whole day plus float noise (0.9999999999999999 for 1) is that day: Excel shows it so.
  const nearest = Math.round(serial);
  if (Math.abs(serial - nearest) < 1e-9) serial = nearest;
  // Beyond 9999-12-31 Excel shows ####; such a stamp (up to Infinity) would also send period
  // rules counting weeks or months into the far future.
  if (!Number.isFinite(serial) || serial < 0 || serial >= (date1904 ? LAST_SERIAL - OFFSET_1904 : LAST_SERIAL) + 1) {
    return { minute: NaN, precision: Precision.Invalid, error: 'date-out-of-range' };
  }
  const [whole, minuteOfDay] = serialDayAndMinute(serial);
  // A bare time of day (serial 0.x) in either date system: 1904-01-01 is no more a ledger date than
  // 1900-01-00. 23:59:59.5 stays 23:59 here, not 00:00 of 1900-01-01.
  if (Math.floor(serial) === 0) return { minute: whole === 0 ? minuteOfDay : MINUTES_PER_DAY - 1, precision: Precision.Clock };
  let day: number;
  if (date1904) day = whole + OFFSET_1904 - SERIAL_1970;
  else if (whole === 60) return { minute: NaN, precision: Precision.Invalid, error: 'date-1900-02-29' };
  else day = whole < 60 ? whole - SERIAL_1970 + 1 : whole - SERIAL_1970;
  return { minute: day * MINUTES_PER_DAY + minuteOfDay, precision: minuteOfDay === 0 ? Precision.Day : Precision.Minute };
}

// One pattern for the date styles clerks type: 2025-03-05, 2025/3/5, 2025.3.5, 2025年3月5日,
// 20250305, optional weekday, optional time (14:30, 14:30:15, 14时30分, 下午3点, 2:30 PM, and 2:30 下午 as
// Excel in Chinese shows the AM/PM format, also in the CSV it saves), optional zone.
const DATE_RE =
  /^(\d{4})(?:([-/.年])(\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))(?:\s*\(?(?:星期|周|礼拜)[一二三四五六日天]\)?)?(?:(?:\s+|T|\s*)(上午|下午|中午|晚上|早上|凌晨|am|pm)?\s*(\d{1,2})(?:[:时点](\d{1,2})?分?(?::(\d{1,2})秒?|(\d{1,2})秒)?(?:\.\d+)?)\s*(上午|下午|中午|晚上|早上|凌晨|am|pm)?)?\s*(z|[+-]\d{2}:?\d{2})?$/i;
const CLOCK_RE = /^(上午|下午|中午|晚上|早上|凌晨|am|pm)?\s*(\d{1,2})[:时点](\d{1,2})?分?(?::(\d{1,2})秒?|(\d{1,2})秒)?(?:\.\d+)?\s*(上午|下午|中午|晚上|早上|凌晨|am|pm)?$/i;

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const m = meridiem.toLowerCase();
  const pm = m === 'pm' || m === '下午' || m === '晚上' || (m === '中午' && hour < 11);
  const am = m === 'am' || m === '上午' || m === '早上' || m === '凌晨';
  if (pm && hour < 12) return hour + 12;
  if (am && hour === 12) return 0;
  return hour;
}

/** The digit at position i of s, or -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Minute stamp of the date texts most ledgers hold, read without a regular expression:
 * `2025-03-05`, `2025/3/5`, `2025.3.5`, each optionally followed by ` 14:30`, `T14:30` or
 * ` 14:30:15`. NaN for anything else, including dates that do not exist: the full reader
 * (`parseTimeText`) then decides, with its error codes.
 * @example quickMinute('2025-03-05 14:30') === dayFromYmd(2025, 3, 5) * 1440 + 14 * 60 + 30
 */
export function quickMinute(s: string): number {
  const n = s.length;
  if (n < 8 || n > 19) return NaN;
  const y0 = digitAt(s, 0);
  const y1 = digitAt(s, 1);
  const y2 = digitAt(s, 2);
  const y3 = digitAt(s, 3);
  if ((y0 | y1 | y2 | y3) < 0) return NaN;
  const sep = s.charCodeAt(4);
  if (sep !== 45 /* - */ && sep !== 47 /* / */ && sep !== 46 /* . */) return NaN;
  let i = 5;
  // One or two digits, then the next position; -1 when there is no digit.
  let month = digitAt(s, i++);
  if (month < 0) return NaN;
  if (digitAt(s, i) >= 0) month = month * 10 + digitAt(s, i++);
  if (s.charCodeAt(i++) !== sep) return NaN;
  let day = digitAt(s, i++);
  if (day < 0) return NaN;
  if (i < n && digitAt(s, i) >= 0) day = day * 10 + digitAt(s, i++);
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (!isValidYmd(year, month, day)) return NaN;
  const dayStamp = dayFromYmd(year, month, day) * MINUTES_PER_DAY;
  if (i === n) return dayStamp;
  const t = s.charCodeAt(i++);
  if (t !== 32 /* space */ && t !== 84 /* T */) return NaN;
  let hour = digitAt(s, i++);
  if (hour < 0) return NaN;
  if (digitAt(s, i) >= 0) hour = hour * 10 + digitAt(s, i++);
  if (s.charCodeAt(i++) !== 58 /* : */) return NaN;
  let minute = digitAt(s, i++);
  if (minute < 0) return NaN;
  if (i < n && digitAt(s, i) >= 0) minute = minute * 10 + digitAt(s, i++);
  if (i < n) {
    // Seconds are read past, as the full reader does: ledgers count minutes.
    if (s.charCodeAt(i) !== 58 || i + 3 !== n || digitAt(s, i + 1) < 0 || digitAt(s, i + 2) < 0) return NaN;
  }
  if (hour > 23 || minute > 59) return NaN;
  return dayStamp + hour * 60 + minute;
}

/** Read a date or date-time typed as text. */
export function parseTimeText(raw: string): TimeCell {
  let s = raw.trim();
  if (s === '') return EMPTY;
  const quick = quickMinute(s);
  if (!Number.isNaN(quick)) return { minute: quick, precision: quick % MINUTES_PER_DAY === 0 ? Precision.Day : Precision.Minute };
  // Full-width digits and punctuation (２０２５／３／５、１４：３０) only cost NFKC when present.
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKC').replace(/\s+/g, ' ');
  // A long run of spaces makes DATE_RE's adjacent \s* backtrack quadratically (seconds for one
  // 32,767-character cell); one space matches wherever many do.
  else if (s.length > 64) s = s.replace(/\s+/g, ' ');
  const m = DATE_RE.exec(s);
  if (m) {
    const year = +m[1];
    const month = m[2] !== undefined ? +m[3] : +m[5];
    const day = m[2] !== undefined ? +m[4] : +m[6];
    if (!isValidYmd(year, month, day)) return { minute: NaN, precision: Precision.Invalid, error: 'date-not-real' };
    const dayNo = dayFromYmd(year, month, day);
    if (m[8] === undefined) return { minute: dayNo * MINUTES_PER_DAY, precision: Precision.Day };
    const hour = hour24(+m[8], m[7] ?? m[12]);
    const minute = m[9] !== undefined ? +m[9] : 0;
    if (hour > 23 || minute > 59) return { minute: NaN, precision: Precision.Invalid, error: 'time-not-real' };
    let stamp = dayNo * MINUTES_PER_DAY + hour * 60 + minute;
    if (m[13] !== undefined) {
      // An explicit zone: bring the instant to Shanghai wall time.
      const z = m[13].toLowerCase();
      const off = z === 'z' ? 0 : (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(-2));
      stamp += 480 - off;
    }
    const mod = stamp - Math.floor(stamp / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    return { minute: stamp, precision: mod === 0 ? Precision.Day : Precision.Minute };
  }
  const c = CLOCK_RE.exec(s);
  if (c) {
    const hour = hour24(+c[2], c[1] ?? c[6]);
    const minute = c[3] !== undefined ? +c[3] : 0;
    if (hour > 23 || minute > 59) return { minute: NaN, precision: Precision.Invalid, error: 'time-not-real' };
    return { minute: hour * 60 + minute, precision: Precision.Clock };
  }
  return { minute: NaN, precision: Precision.Invalid, error: 'not-a-date' };
}

/**
 * Month, day and (when written) minute of the day of a date written without its year
 * (`12月23日 15:00`, `9月15号`, `12-23`, `12/23 9:30`): such a cell is unreadable as a date, but it still
 * says which days it could be, one a year. Undefined for anything else.
 * @example yearlessDate('12月23日 15:00') // { month: 12, day: 23, minuteOfDay: 900 }
 */
export function yearlessDate(raw: string): { month: number; day: number; minuteOfDay?: number } | undefined {
  const s = raw.normalize('NFKC').trim();
  const m = /^(\d{1,2})(?:月|[-/.])(\d{1,2})[日号]?(?:\s*(\d{1,2})[:时点](\d{1,2})?分?)?$/.exec(s);
  if (!m) return undefined;
  const month = +m[1];
  const day = +m[2];
  // 2000 is a leap year: 2月29日 names a day that exists in some years.
  if (!isValidYmd(2000, month, day)) return undefined;
  if (m[3] === undefined) return { month, day };
  const hour = +m[3];
  const minute = m[4] === undefined ? 0 : +m[4];
  return hour > 23 || minute > 59 ? { month, day } : { month, day, minuteOfDay: hour * 60 + minute };
}

/**
 * Read any time cell: Excel serial (with its number format), yyyymmdd number, or text.
 * @example readTimeCell('2025年3月5日 14:30', undefined, false).precision // Precision.Minute
 */
export function readTimeCell(value: unknown, format: string | null | undefined, date1904: boolean): TimeCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') {
    if (value >= 19000101 && value <= 21001231 && Number.isInteger(value)) {
      // 20250305 typed as a number.
      const y = Math.floor(value / 10000);
      const mo = Math.floor(value / 100) % 100;
      const d = value % 100;
      if (isValidYmd(y, mo, d)) return { minute: dayFromYmd(y, mo, d) * MINUTES_PER_DAY, precision: Precision.Day };
      return { minute: NaN, precision: Precision.Invalid, error: 'date-not-real' };
    }
    // A serial that lost its date format still reads as a date in a plausible range (1927-2173).
    if (isDateFormat(format) || (value >= 10000 && value <= 100000) || (value > 0 && value < 1)) {
      return serialToTime(value, date1904);
    }
    return { minute: NaN, precision: Precision.Invalid, error: 'number-not-a-date' };
  }
  if (typeof value === 'string') {
    if (isErrorText(value)) return { minute: NaN, precision: Precision.Invalid, error: 'excel-error' };
    return parseTimeText(value);
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { minute: NaN, precision: Precision.Invalid, error: 'not-a-date' };
    const stamp = Math.floor(ms / 60000) + 480;
    return { minute: stamp, precision: stamp % MINUTES_PER_DAY === 0 ? Precision.Day : Precision.Minute };
  }
  return { minute: NaN, precision: Precision.Invalid, error: 'not-a-date' };
}

/**
 * True for a UTF-16 code unit that `trim()` never removes and that is common at the ends of cell
 * text: printable ASCII, and everything between the ideographic space U+3000 and the BOM U+FEFF
 * (CJK, kana, emoji surrogates). Other code units (NBSP, U+2000-U+200A, U+3000 ...) need a trim.
 */
export function isPlainEnd(c: number): boolean {
  return (c > 32 && c < 127) || (c > 0x3000 && c < 0xfeff);
}

/** Plain text of a cell, trimmed; null when blank. Numbers print without a trailing `.0`. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const n = value.length;
    // Most cells need no trimming; skip the copy.
    if (n > 0 && isPlainEnd(value.charCodeAt(0)) && isPlainEnd(value.charCodeAt(n - 1))) return value;
    const t = value.trim();
    return t === '' ? null : t;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Normalise a label for vocabulary lookup: NFKC, lower case, no spaces or punctuation. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s·・.,，。、:：;；!！?？'"“”‘’()（）\[\]【】-]/g, '');
}

/** Contact channels. */
export const CHANNELS = ['phone', 'visit', 'sms', 'wechat', 'email', 'qq', 'letter', 'fax', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

// Maps, not objects: a cell reading `constructor` or `__proto__` is no channel or outcome.
const CHANNEL_WORDS = new Map<string, Channel>();
function words<T extends string>(target: Map<string, T>, value: T, list: string[]): void {
  for (const w of list) target.set(normalizeLabel(w), value);
}
words(CHANNEL_WORDS, 'phone', ['电话', '致电', '电话回访', '电话联系', '电话沟通', '打电话', '手机', '座机', '去电', '来电', '微信语音', '微信电话', '语音通话', 'phone', 'call', 'tel', 'telephone']);
words(CHANNEL_WORDS, 'visit', ['上门', '拜访', '上门拜访', '上门回访', '面访', '走访', '到店', '来店', '面谈', '当面', 'visit', 'in person']);
words(CHANNEL_WORDS, 'sms', ['短信', '信息', '短信回访', '信息回访', '短信互访', '短消息', 'sms', 'text']);
words(CHANNEL_WORDS, 'wechat', ['微信', '微信回访', '微信留言', 'wechat', 'weixin']);
words(CHANNEL_WORDS, 'email', ['邮件', '电子邮件', '邮箱', 'email', 'e-mail', 'mail']);
words(CHANNEL_WORDS, 'qq', ['qq', 'qq留言']);
words(CHANNEL_WORDS, 'letter', ['信函', '信件', '书信', 'letter']);
words(CHANNEL_WORDS, 'fax', ['传真', 'fax']);
// 会议方式 is a way of communicating the regulations name (000-1 2、(2) A); a meeting is not a visit.
words(CHANNEL_WORDS, 'meeting', ['会议', '会议沟通', '座谈', '座谈会', '协调会', '例会', '交流会', '总结会', '视频会议', '电话会议', 'meeting']);
// Traditional characters (Hong Kong and Taiwan forms, e.g. 004-J): NFKC does not map them to simplified.
words(CHANNEL_WORDS, 'phone', ['電話', '電話聯絡', '電話回訪', '致電', '來電']);
words(CHANNEL_WORDS, 'visit', ['上門', '拜訪', '面談']);
words(CHANNEL_WORDS, 'email', ['郵件', '電郵', '電子郵件']);
words(CHANNEL_WORDS, 'letter', ['信函']);
words(CHANNEL_WORDS, 'fax', ['傳真']);
// Words the regulations themselves use: 000-3 第六条 电邮, 000-1 and 001-2 电话访问.
words(CHANNEL_WORDS, 'phone', ['电话访问', '电访', '电话拜访']);
words(CHANNEL_WORDS, 'email', ['电邮', '电子邮箱', '发邮件']);
// Visits as clerks and regulations write them (002-3 第1条: 对特殊客户还应单独走访; 000-5: 登门).
words(CHANNEL_WORDS, 'visit', ['上门走访', '单独走访', '实地走访', '走访客户', '登门', '登门拜访', '登门回访', '现场拜访', '现场回访', '面访客户', '见面', '上門走訪', '走訪', '登門']);

/**
 * Channel of a contact from the clerk's label.
 * @example readChannel('上门拜访') // 'visit'
 */
export function readChannel(text: string): Channel | undefined {
  return CHANNEL_WORDS.get(normalizeLabel(text));
}

/**
 * What became of a contact: it reached the customer (two-way); it did not (无人接听, 关机, 空号);
 * it is only planned (待回访: no contact yet, and no error); or a message was delivered (已发送,
 * 已读: a one-way contact by a text channel, which counts where the profile takes messages without
 * a reply). A visit that took place (已拜访, 已面谈) is reached; `outcomeChannel` says it was a visit.
 */
export type Outcome = 'reached' | 'not-reached' | 'pending' | 'delivered';
const OUTCOME_WORDS = new Map<string, Outcome>();
words(OUTCOME_WORDS, 'reached', ['已接通', '接通', '成功', '回访成功', '已回访', '已联系', '联系上', '已沟通', '已回复', '回复', '完成', '已完成', '正常', '满意', '是', 'reached', 'yes', 'ok', 'done', 'answered', 'replied']);
// A visit that took place (002-5 makers: 已拜访). Added for issue 13; the general outcome vocabulary is kept elsewhere.
words(OUTCOME_WORDS, 'reached', ['已拜访']);
words(OUTCOME_WORDS, 'not-reached', ['未接通', '无人接听', '没人接', '关机', '占线', '空号', '停机', '拒接', '无法接通', '不在服务区', '未联系上', '联系不上', '失败', '回访失败', '未回复', '否', 'not reached', 'no answer', 'busy', 'failed', 'no']);
// More words clerks write for a call that did not reach the customer (002-1 第6条: 暂时无法联系).
words(OUTCOME_WORDS, 'not-reached', ['未接', '无人接', '没人接听', '无应答', '挂断', '被挂断', '拒听', '暂时无法联系', '无法联系', '号码错误', '错号', '已停机', '已关机', '欠费停机', '未接听']);
/** Visits that took place: reached, by a visit (traditional forms too, as for channels). */
const VISIT_OUTCOMES = ['已拜访', '已面谈', '已上门', '已见面', '已走访', '已面访', '已登门', '拜访成功', '面谈成功', '已拜訪', '已面談', '已上門', '已見面', '已走訪'];
words(OUTCOME_WORDS, 'reached', VISIT_OUTCOMES);
// A callback planned, not made: no contact, and no error either.
words(OUTCOME_WORDS, 'pending', ['待回访', '未回访', '待联系', '待跟进', '计划回访', '预约回访', 'pending', 'planned']);
// A message delivered (sent, read): one-way, by a text channel.
words(OUTCOME_WORDS, 'delivered', ['已发送', '已发', '发送成功', '已送达', '已读', '已阅', '已读未回', 'sent', 'delivered']);
// Traditional characters (Hong Kong and Taiwan ledgers, 004-J): NFKC does not map them to simplified.
words(OUTCOME_WORDS, 'reached', ['已聯絡', '已聯繫', '聯絡上', '已溝通', '已回覆', '回覆', '已回訪', '回訪成功']);
words(OUTCOME_WORDS, 'not-reached', ['無人接聽', '沒人接', '關機', '佔線', '空號', '停機', '無法接通', '未聯絡上', '聯絡不上', '聯繫不上', '失敗', '回訪失敗', '未回覆', '未接聽']);
words(OUTCOME_WORDS, 'pending', ['待回訪', '未回訪', '待聯絡', '待跟進']);
words(OUTCOME_WORDS, 'delivered', ['已發送', '已發', '已送達', '已讀']);
const VISIT_WORDS = new Set(VISIT_OUTCOMES.map(normalizeLabel));

/**
 * The channel an outcome word implies (已拜访: a visit), for a row whose channel cell is blank.
 * @example outcomeChannel('已面谈') // 'visit'
 */
export function outcomeChannel(text: string): Channel | undefined {
  return VISIT_WORDS.has(normalizeLabel(text)) ? 'visit' : undefined;
}

/**
 * Outcome of a contact from the clerk's label; free text is not guessed at.
 * @example readOutcome('无人接听') // 'not-reached'
 */
export function readOutcome(text: string): Outcome | undefined {
  const k = normalizeLabel(text);
  const exact = OUTCOME_WORDS.get(k);
  if (exact) return exact;
  // Longer notes that start with a known outcome: 「已接通，客户考虑中」.
  for (const [word, outcome] of OUTCOME_PREFIXES) if (k.startsWith(word)) return outcome;
  return undefined;
}
const OUTCOME_PREFIXES = [...OUTCOME_WORDS]
  .filter(([w]) => w.length >= 2)
  .sort((a, b) => b[0].length - a[0].length);

/** The channel words and outcome words the readers know, each with what it means (for suggestions). */
export const CHANNEL_VOCABULARY: ReadonlyMap<string, string> = CHANNEL_WORDS;
export const OUTCOME_VOCABULARY: ReadonlyMap<string, string> = OUTCOME_WORDS;

/** Longest cell text a suggestion is looked for: a word mistyped, not a note. */
const MAX_SUGGEST_LENGTH = 12;

/**
 * The known word a clerk most likely meant by an unknown one (电活 for 电话, 新签回访 for
 * 新签约回访), only when it is close and clear: at most one edit away from a word of 2-3
 * characters, two from a longer one, and every word that near means the same thing, or exactly
 * one of them is the first, common word of what it means (电活 is one edit from 电话 and from the
 * rarer 电邮: 电话). Else undefined. Vocabularies list each meaning's common word first.
 * @example nearestWord('电活', CHANNEL_VOCABULARY) // '电话'
 */
export function nearestWord(text: string, known: ReadonlyMap<string, string>): string | undefined {
  const typed = Array.from(normalizeLabel(text));
  if (typed.length === 0 || typed.length > MAX_SUGGEST_LENGTH) return undefined;
  // The first word listed for each meaning.
  const meaningsSeen = new Set<string>();
  const common = new Set<string>();
  let nearest: string[] = [];
  let bestDistance = Infinity;
  for (const [word, meaning] of known) {
    if (!meaningsSeen.has(meaning)) {
      meaningsSeen.add(meaning);
      common.add(word);
    }
    const w = Array.from(word);
    const limit = w.length <= 1 ? -1 : w.length <= 3 ? 1 : 2;
    if (Math.abs(w.length - typed.length) > Math.min(limit, bestDistance)) continue;
    const d = editDistance(typed, w, Math.min(limit, bestDistance));
    if (d > limit || d > bestDistance) continue;
    if (d < bestDistance) nearest = [];
    bestDistance = d;
    nearest.push(word);
  }
  if (nearest.length === 0) return undefined;
  const meanings = new Set(nearest.map((w) => known.get(w)));
  if (meanings.size === 1) return nearest[0];
  const first = nearest.filter((w) => common.has(w));
  return first.length === 1 ? first[0] : undefined;
}

/** Levenshtein distance of two code-point arrays, or more than `limit` as soon as it must be. */
function editDistance(a: readonly string[], b: readonly string[], limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Tier code from labels like `H`, `A类`, `b级`, `Ｃ类客户`, matched against the profile's tiers.
 * @example readTier('A类', ['H', 'A', 'B', 'C']) // 1
 */
export function readTier(text: string, codes: readonly string[], synonyms?: Record<string, string>): number {
  const k = text.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, '');
  let code = k.replace(/(类|级|等)?(客户|用户)?$/, '');
  if (synonyms) {
    const mapped = synonyms[k] ?? synonyms[code];
    if (mapped) code = mapped.toUpperCase();
  }
  return codes.indexOf(code);
}

/** Read a number cell (年销量 120, `120台`, `1,200`). */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const s = value.normalize('NFKC').replace(/[,\s]/g, '').replace(/(台|辆|个|件|箱|元|次)$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}
