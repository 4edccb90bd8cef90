import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoMinute, MINUTES_PER_DAY } from '../time/day';
import { CHANNEL_VOCABULARY, isDateFormat, nearestWord, OUTCOME_VOCABULARY, outcomeChannel, Precision, quickMinute, readChannel, readOutcome, readTier, readTimeCell, serialMinute, serialToTime, isoToSerial, serialToIso, yearlessDate } from './cells';

const at = (y: number, mo: number, d: number, h = 0, mi = 0) => dayFromYmd(y, mo, d) * MINUTES_PER_DAY + h * 60 + mi;

describe('isoToSerial / serialToIso', () => {
  it.each([
    ['2025-10-15', false, 45945],
    ['2025-10-15', true, 44483],
    ['1900-03-01', false, 61],
    ['9999-12-31', false, 2958465],
  ] as const)('%s (1904: %s) is serial %i and back', (iso, date1904, serial) => {
    expect(isoToSerial(iso, date1904)).toBe(serial);
    expect(serialToIso(serial, date1904)).toBe(iso);
  });
  it.each([[45945.5, false], [60, false], [2958466, false], [-1, true], [Number.NaN, false]])('%s (1904: %s) is no whole day', (serial, date1904) => {
    expect(serialToIso(serial, date1904)).toBeNull();
  });
});

describe('serialToTime: float noise', () => {
  it('a whole day plus float noise is that day, not 23:59 of the day before (or a bare time)', () => {
    expect(serialToTime(0.9999999999999999, false)).toEqual(serialToTime(1, false));
    expect(serialToTime(45940.99999999999, false)).toEqual(serialToTime(45941, false));
    expect(serialToTime(45940.99998842593, false).precision).toBe(serialToTime(45940.5, false).precision); // 23:59:59 stays a time
  });
});

describe('quickMinute: the common date texts without a regular expression', () => {
  const read: [string, number][] = [
    ['2025-03-05', at(2025, 3, 5)],
    ['2025/3/5', at(2025, 3, 5)],
    ['2025.12.31', at(2025, 12, 31)],
    ['2025-03-05 14:30', at(2025, 3, 5, 14, 30)],
    ['2025/3/5 9:05', at(2025, 3, 5, 9, 5)],
    ['2025-03-05T14:30', at(2025, 3, 5, 14, 30)],
    ['2025-03-05 14:30:59', at(2025, 3, 5, 14, 30)],
    ['2024-02-29 00:00', at(2024, 2, 29)],
    ['1969-12-31 23:59', at(1969, 12, 31, 23, 59)],
  ];
  for (const [text, minute] of read) {
    it(`${text} reads as the full reader reads it`, () => {
      expect(quickMinute(text)).toBe(minute);
      expect(readTimeCell(text, undefined, false).minute).toBe(minute);
    });
  }
  // Everything else is left to the full reader (NaN here), which gives the error code or reads it.
  for (const other of ['2025-02-30', '2025-13-01', '2025-03-05 24:00', '2025-03-05 14:60', '2025-3/5', ' 2025-03-05', '2025-03-05 14:30Z', '2025-03-05 14:30:5', '20250305', '2025年3月5日', '2025-03-05t14:30', '#N/A', '']) {
    it(`leaves ${JSON.stringify(other)} to the full reader`, () => expect(quickMinute(other)).toBeNaN());
  }
  it('agrees with the full reader on every minute of a leap day and every day of two years', () => {
    for (let m = 0; m < MINUTES_PER_DAY; m++) {
      const text = `2024-02-29 ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      expect(quickMinute(text)).toBe(at(2024, 2, 29) + m);
    }
    for (let d = dayFromYmd(2024, 1, 1); d <= dayFromYmd(2025, 12, 31); d++) {
      const iso = isoMinute(d * MINUTES_PER_DAY).slice(0, 10);
      expect(quickMinute(iso)).toBe(d * MINUTES_PER_DAY);
      expect(quickMinute(iso.replace(/-0?/g, '/'))).toBe(d * MINUTES_PER_DAY);
    }
  });
});

describe('readTimeCell: text in the styles clerks type', () => {
  const cases: [string, number, number][] = [
    ['2025-03-05 14:30', at(2025, 3, 5, 14, 30), Precision.Minute],
    ['2025/3/5 14:30', at(2025, 3, 5, 14, 30), Precision.Minute],
    ['2025.3.5', at(2025, 3, 5), Precision.Day],
    ['2025年3月5日', at(2025, 3, 5), Precision.Day],
    ['2025年3月5日 14时30分', at(2025, 3, 5, 14, 30), Precision.Minute],
    ['2025年3月5日 下午3点', at(2025, 3, 5, 15, 0), Precision.Minute],
    ['2025-03-05 2:30 PM', at(2025, 3, 5, 14, 30), Precision.Minute],
    // Excel in Chinese shows the AM/PM format with the half of the day after the time, also in
    // the CSV it saves: 2025/3/5 2:30 下午.
    ['2025/3/5 2:30 下午', at(2025, 3, 5, 14, 30), Precision.Minute],
    ['2025/3/5 12:05 上午', at(2025, 3, 5, 0, 5), Precision.Minute],
    ['2025/3/5 12:05 下午', at(2025, 3, 5, 12, 5), Precision.Minute],
    ['2025/3/5 9:15:30 上午', at(2025, 3, 5, 9, 15), Precision.Minute],
    ['２０２５／３／５　１４：３０', at(2025, 3, 5, 14, 30), Precision.Minute],
    ['20250305', at(2025, 3, 5), Precision.Day],
    ['2020年10月9日星期五', at(2020, 10, 9), Precision.Day],
    ['2025-03-05T06:30:00Z', at(2025, 3, 5, 14, 30), Precision.Minute],
    ['2025-03-05T14:30:00+08:00', at(2025, 3, 5, 14, 30), Precision.Minute],
    ['  2025-03-05 14:30:59 ', at(2025, 3, 5, 14, 30), Precision.Minute],
  ];
  for (const [text, minute, precision] of cases) {
    it(text, () => expect(readTimeCell(text, undefined, false)).toMatchObject({ minute, precision }));
  }
  it('a bare time is a clock time', () => expect(readTimeCell('14:30', undefined, false)).toMatchObject({ minute: 870, precision: Precision.Clock }));
  it('a bare time with the half of the day after it is a clock time', () => {
    expect(readTimeCell('2:30 下午', undefined, false)).toMatchObject({ minute: 870, precision: Precision.Clock });
    expect(readTimeCell('1:01:01 上午', undefined, false)).toMatchObject({ minute: 61, precision: Precision.Clock });
  });
  it('a time of day just before midnight in a date cell stays a time of day, never 1900-01-01', () => {
    expect(readTimeCell(0.9996527777777777, 'yyyy-mm-dd', false)).toMatchObject({ minute: 1439, precision: Precision.Clock });
    expect(readTimeCell(0.9996527777777777, 'hh:mm', true)).toMatchObject({ minute: 1439, precision: Precision.Clock });
    expect(serialMinute(0.9996527777777777, false)).toBeNaN();
    // 1900-01-01 23:59:30 is 23:59 of that day, as Excel shows it in hh:mm (see the next describe).
    expect(readTimeCell(1.9996527777777777, 'yyyy-mm-dd hh:mm', false)).toMatchObject({ minute: at(1900, 1, 1, 23, 59), precision: Precision.Minute });
  });
  for (const bad of ['2025-02-30', '2025-13-01', '上周五', '3月5日', '25/3/5', '01/01/20', '2025年3月', '2025-03-05 25:00', 'N/A', '#N/A']) {
    it(`rejects ${bad}`, () => expect(readTimeCell(bad, undefined, false).precision).toBe(Precision.Invalid));
  }
});

describe('readTimeCell: Excel serials', () => {
  it('a date-time serial (1900 system)', () => {
    const t = readTimeCell(45721 + 14.5 / 24, 'yyyy-mm-dd hh:mm', false);
    expect(isoMinute(t.minute)).toBe('2025-03-05T14:30+08:00');
    expect(t.precision).toBe(Precision.Minute);
  });
  it('a date cell is date-only', () => expect(readTimeCell(45721, 'yyyy-mm-dd', false)).toMatchObject({ minute: at(2025, 3, 5), precision: Precision.Day }));
  it('serial 61 is 1900-03-01 and 59 is 1900-02-28', () => {
    expect(readTimeCell(61, 'yyyy-mm-dd', false).minute).toBe(at(1900, 3, 1));
    expect(readTimeCell(59, 'yyyy-mm-dd', false).minute).toBe(at(1900, 2, 28));
  });
  it("serial 60 is Excel's fictitious 1900-02-29", () => expect(readTimeCell(60, 'yyyy-mm-dd', false)).toMatchObject({ precision: Precision.Invalid, error: 'date-1900-02-29' }));
  it('the 1904 system', () => expect(readTimeCell(45721 - 1462, 'yyyy-mm-dd', true).minute).toBe(at(2025, 3, 5)));
  it('half a second before midnight rounds to the next day without a time', () => {
    expect(readTimeCell(44927 - 0.5 / 86400, 'yyyy-mm-dd hh:mm:ss', false)).toMatchObject({ minute: at(2023, 1, 1), precision: Precision.Day });
  });
  it('23:59:59 (45940.99998842593, as Excel stores it) is 23:59 of that day, never the next day without a time', () => {
    const day = at(2025, 10, 10);
    for (const serial of [45940.99998842593, 45940.99998842592 /* the millisecond-rounded double exceljs gives */]) {
      expect(readTimeCell(serial, 'yyyy-mm-dd hh:mm:ss', false)).toMatchObject({ minute: day + 1439, precision: Precision.Minute });
      expect(serialMinute(serial, false)).toBe(day + 1439);
    }
    // Seconds are dropped as in text (the CSV reader) and in Excel's hh:mm: 14:29:45 is 14:29.
    expect(readTimeCell(45940 + (14 * 3600 + 29 * 60 + 45) / 86400, 'yyyy-mm-dd hh:mm', false).minute).toBe(day + 14 * 60 + 29);
    expect(readTimeCell('2025-10-10 23:59:59', undefined, false).minute).toBe(day + 1439);
    // The noise in a stored serial does not drop a minute: 14:30 is 45721.604166666664.
    expect(readTimeCell(45721.604166666664, 'yyyy-mm-dd hh:mm', false).minute).toBe(at(2025, 3, 5, 14, 30));
    expect(readTimeCell(45721.6041666666, 'yyyy-mm-dd hh:mm', false).minute).toBe(at(2025, 3, 5, 14, 30));
  });
  it('a time-only serial is a clock time', () => expect(readTimeCell(0.19375, 'h:mm', false)).toMatchObject({ minute: 4 * 60 + 39, precision: Precision.Clock }));
  it('a plain number is not a date', () => expect(readTimeCell(112233, 'General', false).precision).toBe(Precision.Invalid));
  it('yyyymmdd typed as a number', () => expect(readTimeCell(20250305, 'General', false).minute).toBe(at(2025, 3, 5)));
  it('date formats are recognised', () => {
    for (const f of ['yyyy-mm-dd', 'm/d/yy', 'yyyy"年"m"月"d"日"', '[$-F800]dddd, mmmm dd, yyyy', 'h:mm', '[DBNum1][$-804]yyyy"年"m"月"d"日"']) expect(isDateFormat(f), f).toBe(true);
    for (const f of ['General', '0.00', '#,##0', '¥#,##0.00', '0%']) expect(isDateFormat(f), f).toBe(false);
  });
});

describe('vocabulary', () => {
  it('channels', () => {
    expect(readChannel('电话')).toBe('phone');
    expect(readChannel('致电')).toBe('phone');
    expect(readChannel('上门拜访')).toBe('visit');
    expect(readChannel('短信')).toBe('sms');
    expect(readChannel('信息')).toBe('sms');
    expect(readChannel('微信')).toBe('wechat');
    expect(readChannel('邮件')).toBe('email');
    expect(readChannel('飞鸽传书')).toBeUndefined();
    // Names Object.prototype has are no channel or outcome.
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(readChannel(w), w).toBeUndefined();
      expect(readOutcome(w), w).toBeUndefined();
    }
  });
  it('outcomes', () => {
    for (const w of ['已接通', '接通', '成功', '已接通，客户考虑中']) expect(readOutcome(w), w).toBe('reached');
    for (const w of ['未接通', '无人接听', '关机', '占线', '空号']) expect(readOutcome(w), w).toBe('not-reached');
    expect(readOutcome('客户说再联系')).toBeUndefined();
  });
  // Issue 13: visits in every profile's words (002-3 第1条 says 单独走访, 000-5 登门).
  it.each(['走访', '上门走访', '单独走访', '拜访', '登门', '登门拜访', '现场拜访'])('%s is a visit', (w) => expect(readChannel(w)).toBe('visit'));
  // The regulations' own words for the other channels (000-3 第六条: 电话、短信、电邮).
  it.each([['电邮', 'email'], ['电话访问', 'phone'], ['电访', 'phone']])('%s is %s', (w, want) => expect(readChannel(w)).toBe(want));
  // Outcome words a clerk writes, and what each means.
  it.each([
    ...['已拜访', '已面谈', '已上门', '已见面'].map((w) => [w, 'reached']),
    ...['已发送', '已读', '已送达'].map((w) => [w, 'delivered']),
    ...['待回访', '未回访', '待联系'].map((w) => [w, 'pending']),
    ...['无人接听', '关机', '停机', '空号', '拒接', '未接', '暂时无法联系'].map((w) => [w, 'not-reached']),
    ['已回访', 'reached'],
    // Traditional forms (a Hong Kong ledger, 004-J).
    ...['無人接聽', '關機', '聯絡不上'].map((w) => [w, 'not-reached']),
    ...['已聯絡', '已回覆', '已面談'].map((w) => [w, 'reached']),
    ['待回訪', 'pending'],
    ['已發送', 'delivered'],
  ])('outcome %s: %s', (w, want) => expect(readOutcome(w)).toBe(want));
  it('a visit that took place implies the channel; other outcomes do not', () => {
    for (const w of ['已拜访', '已面谈', '已上门', '已见面']) expect(outcomeChannel(w), w).toBe('visit');
    for (const w of ['已接通', '已发送', '待回访']) expect(outcomeChannel(w), w).toBeUndefined();
  });
  it('tiers', () => {
    const codes = ['H', 'A', 'B', 'C'];
    expect(readTier('H', codes)).toBe(0);
    expect(readTier('A类', codes)).toBe(1);
    expect(readTier('b级', codes)).toBe(2);
    expect(readTier('Ｃ类客户', codes)).toBe(3);
    expect(readTier('D', codes)).toBe(-1);
    expect(readTier('重点', codes, { 重点: 'A' })).toBe(1);
  });
});

describe('nearestWord: the word a clerk most likely meant, only when close and clear', () => {
  const types = new Map(['新签约回访', '持续回访', '投诉回访', '解约回访', '专项回访'].map((t) => [t, t]));
  it.each([
    // One edit from a 2-3 character word, two from a longer one. 电活 is one edit from 电话 and
    // from the rarer 电邮 alike: the common word of the two.
    ['电活', CHANNEL_VOCABULARY, '电话'],
    ['短倍', CHANNEL_VOCABULARY, '短信'],
    ['上们', CHANNEL_VOCABULARY, '上门'],
    ['已接痛', OUTCOME_VOCABULARY, '已接通'],
    ['新签回访', types, '新签约回访'],
    ['新签约回仿', types, '新签约回访'],
    ['持读回访', types, '持续回访'],
  ])('%s: %s', (typed, known, want) => expect(nearestWord(typed, known as ReadonlyMap<string, string>)).toBe(want));
  it.each([
    // Too far from every word.
    ['飞鸽传书', CHANNEL_VOCABULARY],
    ['客户说再联系', OUTCOME_VOCABULARY],
    // 常规回访 is two edits from 持续回访, 投诉回访, 解约回访 and 专项回访 alike: no clear choice.
    ['常规回访', types],
    // A one-character word is never guessed at.
    ['X', new Map([['H', 'H'], ['A', 'A']])],
    // A note, not a word.
    ['电话沟通了一下但是客户说下周再联系', CHANNEL_VOCABULARY],
  ])('no suggestion for %s', (typed, known) => expect(nearestWord(typed, known as ReadonlyMap<string, string>)).toBeUndefined());
});

describe('yearlessDate: a date written without its year still says its month and day', () => {
  it.each([
    ['12月23日 15:00', { month: 12, day: 23, minuteOfDay: 900 }],
    ['12月23日', { month: 12, day: 23 }],
    ['9月15号', { month: 9, day: 15 }],
    ['3-5 9:30', { month: 3, day: 5, minuteOfDay: 570 }],
    ['2/29', { month: 2, day: 29 }],
  ])('%s', (text, want) => {
    expect(readTimeCell(text, undefined, false).precision).toBe(Precision.Invalid);
    expect(yearlessDate(text)).toEqual(want);
  });
  it.each(['13月1日', '2月30日', '上周三', '2025-12-23', '15:00'])('not a yearless date: %s', (text) => expect(yearlessDate(text)).toBeUndefined());
});
