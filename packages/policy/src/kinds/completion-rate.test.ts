import { describe, expect, it } from 'vitest';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';
import { completionRate } from './completion-rate';

const header = ['客户编号', '签约日期', '回访时间', '回访类型', '回访内容', '回访结果'];
const params = { anchor: 'signedAt', unit: 'months', within: 1, callbackTypes: ['新签约'], period: 'month', target: 100 };
const profile = oneRuleProfile('completion-rate', params);
const row = (id: string, signed: string, at: string | null, type: string | null = '新签约回访', outcome = '已接通') => [id, signed, at, at ? type : null, at ? '核实合同要点' : null, at ? outcome : null];
const run = (rows: (string | null)[][], asOf: string, p = profile) => kindFindings(p, header, rows, asOf);

describe('completion-rate', () => {
  it('every customer due in a closed month done on time: nothing to say', async () => {
    expect(await run([row('K1', '2025-08-10', '2025-09-10 10:00'), row('K2', '2025-08-31', '2025-09-30 10:00')], '2025-10-15')).toEqual([]);
  });
  it('one of two late or missing: 50% for the month of the deadline', async () => {
    const f = await run([row('K1', '2025-08-10', '2025-09-10 10:00'), row('K2', '2025-08-12', '2025-09-13 10:00')], '2025-10-15');
    expect(f.map((x) => [x.status, x.row, x.dueAt, x.data.period, x.data.done, x.data.total, x.data.rate, x.data.missing])).toEqual([['violation', null, '2025-09-30', '2025-09', 1, 2, 50, 'K2']]);
  });
  it('31 January is due on 28 February (month end clamp)', async () => {
    expect(await run([row('K1', '2025-01-31', '2025-02-28 10:00')], '2025-03-15')).toEqual([]);
    expect((await run([row('K1', '2025-01-31', '2025-03-01 10:00')], '2025-03-15')).map((x) => x.data.period)).toEqual(['2025-02']);
  });
  it('an open period is not judged yet', async () => {
    expect(await run([row('K1', '2025-09-10', null)], '2025-10-15')).toEqual([]);
  });
  it('other callback types and unanswered calls do not complete it', async () => {
    const f = await run([row('K1', '2025-08-10', '2025-08-20 10:00', '持续回访'), row('K2', '2025-08-10', '2025-08-20 10:00', '新签约回访', '无人接听')], '2025-10-15');
    expect(f.map((x) => [x.data.done, x.data.total])).toEqual([[0, 2]]);
  });
  it('a callback whose outcome cannot be read may be the missing completion: the rate is indeterminate, naming its row', async () => {
    const f = await run([row('K1', '2025-08-10', '2025-09-10 10:00'), row('K2', '2025-08-12', '2025-09-01 10:00', '新签约回访', '接没接不清楚')], '2025-10-15');
    // (The unreadable outcome's own invalid finding is the records rule's; here the one rule is both.)
    expect(f.filter((x) => x.status !== 'invalid').map((x) => [x.status, x.messageId, x.data.done, x.data.total, x.data.rows])).toEqual([['indeterminate', 'unsure-rate', 1, 2, '3']]);
  });
  it('a lower target, per quarter, in working days', async () => {
    const p = oneRuleProfile('completion-rate', { ...params, unit: 'workdays', within: 5, period: 'quarter', target: 50 });
    // Signed 2025-09-30: 国庆 10-01..08 off, 10-11 (Sat) a make-up day: 10-09, 10, 11, 13, 14 -> due 2025-10-14.
    const rows = [row('K1', '2025-09-30', '2025-10-14 10:00'), row('K2', '2025-09-30', '2025-10-15 10:00'), row('K3', '2025-09-30', null)];
    expect((await run(rows, '2026-01-05', p)).map((x) => [x.data.period, x.data.done, x.data.total, x.data.rate])).toEqual([['2025Q4', 1, 3, 33.3]]);
    expect(await run(rows.slice(0, 2), '2026-01-05', p)).toEqual([]);
  });
});

describe('completion-rate: every message', () => {
  const workdays = oneRuleProfile('completion-rate', { ...params, unit: 'workdays', within: 5 });
  // [messageId, rows, as-of, profile]: a ledger on which the rule emits it.
  const cases: [string, (string | null)[][], string, typeof profile][] = [
    ['below-target', [row('K1', '2025-08-10', null)], '2025-10-15', profile],
    ['unsure-rate', [row('K1', '2025-08-12', '2025-09-01 10:00', '新签约回访', '接没接不清楚')], '2025-10-15', profile],
    // The working-day calendar knows no year this far ahead.
    ['calendar-unknown', [row('K1', '2040-01-10', null)], '2040-03-01', workdays],
  ];
  it.each(cases)('%s', async (id, rows, asOf, p) => {
    expect((await run(rows, asOf, p)).map((f) => f.messageId)).toContain(id);
  });
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(completionRate.messages).sort()));
});

describe('completion-rate: which callbacks complete it (the kind\'s own filter, not the rule\'s records)', () => {
  // A blank callback type is no proof of another: the callback completes it. (The rule-level
  // records filter would make it one that only might, so callbackTypes stays a param.)
  it('a blank callback type completes it; another type does not', async () => {
    expect(await run([row('K1', '2025-08-10', '2025-09-01 10:00', null)], '2025-10-15')).toEqual([]);
    expect((await run([row('K1', '2025-08-10', '2025-09-01 10:00', '持续回访')], '2025-10-15')).map((f) => f.messageId)).toEqual(['below-target']);
  });
  it('a ledger without the callback-type column: every completed callback counts', async () => {
    const h = ['客户编号', '签约日期', '回访时间', '回访内容', '回访结果'];
    expect(await kindFindings(profile, h, [['K1', '2025-08-10', '2025-09-01 10:00', '核实合同要点', '已接通']], '2025-10-15')).toEqual([]);
  });
});
