import { describe, expect, it } from 'vitest';
import { renderFinding } from '../report/messages';
import { parseProfile } from '../profile/load';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';
import { clockWindows, windowAt } from './shared';
import { callHours } from './call-hours';

const WINDOWS = [{ from: '10:00', to: '11:00' }, { from: '14:00', to: '16:00' }];
const header = ['客户编号', '回访时间', '回访方式', '回访内容'];
const profile = oneRuleProfile('call-hours', { mode: 'allowed', windows: WINDOWS, channels: ['phone'] }, { modality: 'S' });
const call = (at: string, channel = '电话') => ['K1', at, channel, '新签约回访'];
const run = (rows: (string | null)[][], asOf = '2026-12-31') => kindFindings(profile, header, rows, asOf);

describe('windowAt', () => {
  const w = clockWindows(WINDOWS);
  it('includes the end minute only when asked', () => {
    expect(windowAt(w, 11 * 60, true)).toBe(0);
    expect(windowAt(w, 11 * 60, false)).toBe(-1);
    expect(windowAt(w, 11 * 60 + 1, true)).toBe(-1);
    expect(windowAt(w, 14 * 60, true)).toBe(1);
  });
  it('wraps midnight', () => {
    const night = clockWindows([{ from: '21:00', to: '08:00' }]);
    expect(windowAt(night, 23 * 60, false)).toBe(0);
    expect(windowAt(night, 7 * 60 + 59, false)).toBe(0);
    expect(windowAt(night, 8 * 60, false)).toBe(-1);
  });
});

describe('call-hours, allowed windows', () => {
  it('accepts calls inside the windows on working days, ends inclusive', async () => {
    expect(await run([call('2025-03-05 10:00'), call('2025-03-05 11:00'), call('2025-03-06 14:00'), call('2025-03-06 16:00')])).toEqual([]);
  });
  it('flags a call a minute after a window, and one at lunch', async () => {
    const f = await run([call('2025-03-05 11:01'), call('2025-03-05 12:30'), call('2025-03-05 09:59')]);
    expect(f.map((x) => [x.status, x.severity, x.row, x.messageId])).toEqual([
      ['violation', 'warning', 2, 'outside'],
      ['violation', 'warning', 3, 'outside'],
      ['violation', 'warning', 4, 'outside'],
    ]);
    expect(renderFinding(f[0], parseProfile(profile), 'zh')).toContain('2025-03-05 11:01 的回访不在规定时段（10:00-11:00、14:00-16:00）内');
  });
  it('make-up working days (调休) are working days; holidays and weekends are not', async () => {
    // 2025-09-28 (Sun) and 2025-10-11 (Sat) are make-up days; 2025-10-01..08 国庆; 2025-01-26 (Sun) and 02-08 (Sat) for 春节.
    expect(await run([call('2025-09-28 10:30'), call('2025-10-11 15:00'), call('2025-01-26 10:30'), call('2025-02-08 14:30')])).toEqual([]);
    const f = await run([call('2025-10-03 10:30'), call('2025-01-29 10:30'), call('2025-03-08 10:30')]);
    expect(f.map((x) => [x.messageId, x.data.day])).toEqual([
      ['not-workday', '国庆节'],
      ['not-workday', '春节'],
      ['not-workday', '周六'],
    ]);
  });
  it('checks only the listed channels', async () => {
    expect(await run([call('2025-03-05 20:00', '短信')])).toEqual([]);
  });
  it('an unknown year is indeterminate, once', async () => {
    const f = await run([call('2031-03-05 10:00'), call('2031-03-06 20:00')], '2031-12-31');
    expect(f.map((x) => [x.status, x.messageId, x.data.year])).toEqual([['indeterminate', 'calendar-unknown', 2031]]);
  });
  it('date-only calls on working days are indeterminate once; on a holiday they are still a violation', async () => {
    const f = await run([call('2025-03-05'), call('2025-03-06'), call('2025-10-02')]);
    expect(f.map((x) => [x.status, x.messageId, x.row])).toEqual([
      ['indeterminate', 'no-time', 2],
      ['violation', 'not-workday', 4],
    ]);
    expect(f[0].data.count).toBe(2);
  });
  it('windows alone, weekends allowed', async () => {
    const any = oneRuleProfile('call-hours', { mode: 'allowed', windows: WINDOWS, workdaysOnly: false });
    expect(await kindFindings(any, header, [call('2025-03-08 10:30', '上门')], '2025-12-31')).toEqual([]);
  });
});

describe('call-hours, quiet hours (rest time)', () => {
  const QUIET = [{ from: '12:00', to: '14:00' }, { from: '21:00', to: '08:00' }];
  const quiet = oneRuleProfile('call-hours', { mode: 'quiet', windows: QUIET, channels: ['phone'] }, { modality: 'S' });
  const runQuiet = (rows: (string | null)[][]) => kindFindings(quiet, header, rows, '2026-12-31');
  it('flags a call inside a window, across midnight too; the end minute is outside', async () => {
    const f = await runQuiet([call('2025-03-05 12:30'), call('2025-03-05 14:00'), call('2025-03-08 23:15'), call('2025-03-09 08:00')]);
    expect(f.map((x) => [x.status, x.row, x.messageId, x.data.window])).toEqual([
      ['violation', 2, 'quiet', '12:00-14:00'],
      ['violation', 4, 'quiet', '21:00-08:00'],
    ]);
    expect(renderFinding(f[0], parseProfile(quiet), 'zh')).toContain('12:30 的电话在客户休息时段（12:00-14:00）');
  });
  it('any day of the week; other channels and date-only calls are not judged', async () => {
    expect(await runQuiet([call('2025-03-08 10:00'), call('2025-03-05 22:00', '短信'), call('2025-03-05')])).toEqual([]);
  });
  it('a quiet rule can emit only its own message', () => {
    const rule = parseProfile(quiet).rules[0]!;
    expect(Object.keys(callHours.messagesOf(rule))).toEqual(['quiet']);
    expect(Object.keys(callHours.messagesOf(parseProfile(profile).rules[0]!))).toEqual(['outside', 'not-workday', 'no-time', 'calendar-unknown']);
  });
  it('quiet hours need their channels; allowed windows may leave them out', () => {
    expect(() => parseProfile(oneRuleProfile('call-hours', { mode: 'quiet', windows: QUIET }))).toThrow();
    expect(() => parseProfile(oneRuleProfile('call-hours', { mode: 'quiet', windows: QUIET, channels: ['phone'], workdaysOnly: true }))).toThrow();
  });
});
