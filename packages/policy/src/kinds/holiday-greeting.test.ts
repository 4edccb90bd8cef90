import { describe, expect, it } from 'vitest';
import type { RuleInput } from '../profile/schema';
import { parseProfile } from '../profile/load';
import { renderFinding } from '../report/messages';
import { findingsOfKind, kindFindings, oneRuleProfile } from '../testing/kind-check';
import { holidayGreeting } from './holiday-greeting';

// 2025: 国庆 and 中秋 are one period, 10-01..10-08; a greeting is due from 09-28 (3 days before).
const header = ['客户编号', '回访时间', '回访方式', '回访类型'];
const params = { holidays: ['国庆', '中秋'], before: 3 };
const greetings: RuleInput['records'] = { callbackTypes: ['节日', '问候'], ifColumnMissing: 'pass' };
type Row = (string | null)[];
const known: Row = ['K1', '2025-09-01 10:00', '电话', '持续回访'];
const run = (rows: Row[], asOf = '2025-10-15', records = greetings, h = header) => findingsOfKind('holiday-greeting', params, h, rows, asOf, {}, { records });

describe('holiday-greeting', () => {
  // [what, rows, as-of, the findings' messageId and dueAt]
  const cases: [string, Row[], string, [string, string][]][] = [
    ['a greeting on the first day of the window', [known, ['K1', '2025-09-28 10:00', '微信', '节日问候']], '2025-10-15', []],
    ['a greeting on the last holiday', [known, ['K1', '2025-10-08 10:00', '短信', '节日祝福问候']], '2025-10-15', []],
    ['none: missed once the period is over', [known], '2025-10-15', [['missed', '2025-10-08']]],
    ['one a day too early is none', [known, ['K1', '2025-09-27 10:00', '电话', '节日问候']], '2025-10-15', [['missed', '2025-10-08']]],
    ['another callback type is no greeting', [known, ['K1', '2025-10-02 10:00', '电话', '持续回访']], '2025-10-15', [['missed', '2025-10-08']]],
    ['a blank callback type shows no greeting', [known, ['K1', '2025-10-02 10:00', '电话', null]], '2025-10-15', [['missed', '2025-10-08']]],
    ['the window opens today: open', [known], '2025-09-28', [['open', '2025-10-08']]],
    ['inside the window, beyond the lead time: open', [known], '2025-09-29', [['open', '2025-10-08']]],
    ['within the lead time (1 day): due soon', [known], '2025-10-07', [['due-soon', '2025-10-08']]],
    ['greeted inside the window, still in it: nothing', [known, ['K1', '2025-09-28 10:00', '微信', '节日问候']], '2025-10-02', []],
    ['before the window opens: nothing yet', [known], '2025-09-27', []],
    ['a holiday before the customer was known is not owed', [['K1', '2025-09-29 10:00', '电话', '持续回访']], '2025-10-15', []],
  ];
  it.each(cases)('%s', async (_what, rows, asOf, want) => {
    expect((await run(rows, asOf)).map((f) => [f.messageId, f.dueAt])).toEqual(want);
  });

  it('covers every message', () => {
    expect([...new Set(cases.flatMap((c) => c[3].map(([id]) => id)))].sort()).toEqual(Object.keys(holidayGreeting.messages).sort());
  });

  it('names the holiday period and its window in the finding', async () => {
    const [f] = await run([known], '2025-10-15');
    expect(f).toMatchObject({ status: 'violation', data: { start: '2025-10-01', end: '2025-10-08', from: '2025-09-28' } });
    expect(f.data.holiday).toMatch(/国庆/);
  });

  it('an open window says the window and by when, with its quota', async () => {
    const profile = oneRuleProfile('holiday-greeting', params, { records: greetings });
    const [f] = await kindFindings(profile, header, [known], '2025-09-28');
    expect(f).toMatchObject({ status: 'open', severity: 'info', dueAt: '2025-10-08', quota: { done: 0, required: 1, periodStart: '2025-09-28', periodEnd: '2025-10-08' } });
    expect(renderFinding(f, parseProfile(profile), 'zh')).toBe('「测试」问候窗口已开始：国庆节、中秋（2025-10-01 至 2025-10-08），请于 2025-10-08 前送上节日问候（窗口 2025-09-28 至 2025-10-08）。');
    // A wider lead time (the work queue's look-ahead) makes the same window due soon.
    const [soon] = await kindFindings({ ...profile, dueSoonDays: 10 }, header, [known], '2025-09-28');
    expect(soon).toMatchObject({ status: 'due-soon', messageId: 'due-soon', quota: { periodStart: '2025-09-28' } });
  });

  it('a ledger without a callback-type column: every contact is a greeting (ifColumnMissing: pass)', async () => {
    const h = ['客户编号', '回访时间', '回访方式'];
    expect(await run([['K1', '2025-09-01 10:00', '电话'], ['K1', '2025-10-02 10:00', '电话']], '2025-10-15', greetings, h)).toEqual([]);
  });

  it('a channel clause: a greeting by another channel, or a blank one, does not count', async () => {
    const byPhone: RuleInput['records'] = { ...greetings, channels: ['phone'] };
    expect(await run([known, ['K1', '2025-10-02 10:00', '电话', '节日问候']], '2025-10-15', byPhone)).toEqual([]);
    expect((await run([known, ['K1', '2025-10-02 10:00', '微信', '节日问候']], '2025-10-15', byPhone)).map((f) => f.messageId)).toEqual(['missed']);
    expect((await run([known, ['K1', '2025-10-02 10:00', null, '节日问候']], '2025-10-15', byPhone)).map((f) => f.messageId)).toEqual(['missed']);
  });
});
