import { describe, expect, it } from 'vitest';
import type { RuleInput } from '../profile/schema';
import { parseProfile } from '../profile/load';
import { renderFinding } from '../report/messages';
import { findingsOfKind, kindFindings, oneRuleProfile } from '../testing/kind-check';
import type { CellValue } from '../table';
import type { Condition } from '../rule/common';

const MONTHLY = { gap: 'phase', mode: 'grid', every: 1, unit: 'months', from: 'pickupAt', until: 'warrantyEndAt' };
const AFTER = { gap: 'phase', mode: 'gap', every: 3, unit: 'months', from: 'warrantyEndAt' };
const header = ['客户编号', '购买数量', '交车日期', '三包到期日', '回访时间', '回访内容'];
const row = (at: string | null, units = 6, pickup = '2025-03-10', warranty: string | null = '2025-09-10', id = 'U1'): CellValue[] => [id, units, pickup, warranty, at, at ? '了解使用情况' : null];
const compact = (fs: Awaited<ReturnType<typeof kindFindings>>) => fs.map((f) => ({ status: f.status, dueAt: f.dueAt, overdueDays: f.overdueDays, messageId: f.messageId, customer: f.customer }));

async function check(params: object, rows: CellValue[][], asOf: string, h = header, extra: Partial<RuleInput> = {}) {
  return compact(await kindFindings(oneRuleProfile('gap-cadence', params, extra), h, rows, asOf));
}

describe('gap-cadence, phase, grid: monthly from delivery until the warranty ends', () => {
  // Periods from 03-10: 03-10..04-09, 04-10..05-09, 05-10..06-09, 06-10..07-09, 07-10..08-09, 08-10..09-09.
  const everyMonth = ['2025-03-10', '2025-05-09', '2025-05-10', '2025-07-09', '2025-07-20', '2025-09-09'].map((d) => row(d));
  it('one contact in each month counted from the delivery day passes (edges inclusive)', async () => {
    expect(await check(MONTHLY, everyMonth, '2025-12-01')).toEqual([]);
  });
  it('a month without a contact is one missed period, however late the next contact came', async () => {
    const rows = everyMonth.filter((r) => r[4] !== '2025-05-10');
    expect(await check(MONTHLY, rows, '2025-12-01')).toEqual([{ status: 'violation', dueAt: '2025-06-09', overdueDays: 175, messageId: 'missed', customer: 'U1' }]);
  });
  it('a row whose time cannot be read is indeterminate for the periods it could fall in, and only those', async () => {
    // 6月20日 (no year) can only lie in 06-10..07-09; 05-10..06-09 stays missed.
    const rows = everyMonth.filter((r) => r[4] !== '2025-05-10' && r[4] !== '2025-07-09').concat([row('6月20日')]);
    expect((await check(MONTHLY, rows, '2025-12-01')).filter((f) => f.status !== 'invalid')).toEqual([
      { status: 'violation', dueAt: '2025-06-09', overdueDays: 175, messageId: 'missed', customer: 'U1' },
      { status: 'indeterminate', dueAt: '2025-07-09', overdueDays: undefined, messageId: 'unsure-contact', customer: 'U1' },
    ]);
  });
  it('the open period is due soon near its end; periods after the warranty end are not owed', async () => {
    expect(await check(MONTHLY, everyMonth.slice(0, 1), '2025-05-08')).toEqual([{ status: 'due-soon', dueAt: '2025-05-09', overdueDays: undefined, messageId: 'period-open', customer: 'U1' }]);
  });
  it('month arithmetic clamps to the month end without drifting (01-31, 02-28, 03-31)', async () => {
    const rows = [row('2025-02-27', 6, '2025-01-31', '2025-04-30'), row('2025-03-30', 6, '2025-01-31', '2025-04-30')];
    // Periods: 01-31..02-27, 02-28..03-30, 03-31..04-29 (missed).
    expect(await check(MONTHLY, rows, '2025-06-01')).toEqual([{ status: 'violation', dueAt: '2025-04-29', overdueDays: 33, messageId: 'missed', customer: 'U1' }]);
  });
  it('applies only where the rule\'s `when` holds: units purchased >= 5 (5 included)', async () => {
    const when = { fact: 'unitsPurchased', operator: 'greaterThanInclusive', value: 5 } as const;
    const rows = [row(null, 5, '2025-03-10', '2025-09-10', 'BIG'), row(null, 4, '2025-03-10', '2025-09-10', 'SMALL'), ['DEALER', null, null, null, '2025-03-01', '好']];
    // Only the missed first month: the month in progress is open for BIG alone as well.
    const found = (await check(MONTHLY, rows, '2025-04-15', header, { when })).filter((f) => f.status === 'violation');
    expect(found.map((f) => f.customer)).toEqual(['BIG']);
  });
  it('`when` on a number holds for every distinct value as it should (values are bucketed by the constants compared with)', async () => {
    const when = { all: [{ fact: 'unitsPurchased', operator: 'greaterThanInclusive', value: 5 }, { fact: 'unitsPurchased', operator: 'lessThan', value: '20' }] } satisfies Condition;
    const units = [-3, 0, 4, 4.99, 5, 5.01, 7, 12.5, 19, 19.99, 20, 21, 300];
    const rows = units.map((u) => row(null, u, '2025-03-10', '2025-09-10', `U${u}`));
    const found = (await check(MONTHLY, rows, '2025-04-15', header, { when })).filter((f) => f.status === 'violation');
    expect(found.map((f) => f.customer)).toEqual(units.filter((u) => u >= 5 && u < 20).map((u) => `U${u}`));
  });
  it('a customer with no warranty end date is indeterminate, not checked against a guess', async () => {
    expect(await check(MONTHLY, [row('2025-03-12', 6, '2025-03-10', null)], '2025-12-01')).toEqual([{ status: 'indeterminate', dueAt: undefined, overdueDays: undefined, messageId: 'no-end', customer: 'U1' }]);
  });
  it('a roster cannot show the periods before its one contact', async () => {
    const h = ['客户编号', '购买数量', '交车日期', '三包到期日', '最近回访时间', '回访内容'];
    const found = await check(MONTHLY, [row('2025-06-20')], '2025-07-05', h);
    expect(found.map((f) => f.messageId)).toEqual(['roster-hidden']);
  });
});

describe('gap-cadence, phase, grid: consecutive empty periods are one finding; the period in progress is owed from its first day', () => {
  // 50 yuan per missed period (002-2 3.5); periods from 03-10 as above, the warranty until 2026-03-10.
  const fined = oneRuleProfile('gap-cadence', MONTHLY, { fine: { amount: 50, payer: '业务员' } });
  const run = async (dates: string[], asOf: string, warranty = '2026-03-10') => {
    const found = await kindFindings(fined, header, dates.map((d) => row(d, 6, '2025-03-10', warranty)), asOf);
    return found.map((f) => ({ status: f.status, messageId: f.messageId, dueAt: f.dueAt, overdueDays: f.overdueDays, fine: f.fine, missed: f.missed, quota: f.quota, zh: renderFinding(f, parseProfile(fined), 'zh') }));
  };
  it('three empty months that a later call ended: one finding, 3 periods, the fine three times, not ongoing', async () => {
    expect(await run(['2025-03-10', '2025-07-20', '2025-08-10'], '2025-08-20')).toEqual([
      {
        status: 'violation',
        messageId: 'missed-run',
        dueAt: '2025-05-09',
        overdueDays: 103,
        fine: { amount: 150, currency: 'CNY' },
        missed: { periods: 3, since: '2025-05-09', dues: ['2025-05-09', '2025-06-09', '2025-07-09'], ongoing: false },
        quota: undefined,
        zh: '「测试」漏访：自 2025-04-10 那个月起连续 3 个月没有成功回访（2025-04-10 至 2025-07-09）。',
      },
    ]);
  });
  it('a run broken by a kept month is two findings; a single empty month reads as before (missed)', async () => {
    const found = await run(['2025-03-10', '2025-06-01'], '2025-08-10');
    expect(found.map((f) => [f.messageId, f.dueAt, f.missed?.periods, f.missed?.ongoing, f.fine])).toEqual([
      ['missed', '2025-05-09', 1, false, { amount: 50, currency: 'CNY' }],
      ['missed-run', '2025-07-09', 2, true, { amount: 100, currency: 'CNY' }],
      ['period-open', '2025-09-09', undefined, undefined, undefined],
    ]);
    expect(found[0].zh).toContain('2025-04-10 至 2025-05-09 这一期没有成功回访');
  });
  it('ongoing: the run reaches the last ended month and this month has no call yet; a call this month ends it', async () => {
    const owed = await run(['2025-03-10'], '2025-08-20');
    expect(owed.map((f) => [f.messageId, f.dueAt, f.missed?.periods, f.missed?.ongoing])).toEqual([
      ['missed-run', '2025-05-09', 4, true],
      ['period-open', '2025-09-09', undefined, undefined],
    ]);
    const called = await run(['2025-03-10', '2025-08-15'], '2025-08-20');
    expect(called.map((f) => [f.messageId, f.missed?.periods, f.missed?.ongoing])).toEqual([['missed-run', 4, false]]);
  });
  it('the month in progress is open from its first day (quota 0 of 1), due soon within the lead time', async () => {
    const first = await run(['2025-03-10', '2025-04-10', '2025-05-10', '2025-06-10', '2025-07-10'], '2025-08-10');
    expect(first).toEqual([
      {
        status: 'open',
        messageId: 'period-open',
        dueAt: '2025-09-09',
        overdueDays: undefined,
        fine: undefined,
        missed: undefined,
        quota: { done: 0, required: 1, unit: 'contact', periodStart: '2025-08-10', periodEnd: '2025-09-09' },
        zh: '「测试」本期尚未回访：2025-08-10 至 2025-09-09，请于 2025-09-09 前回访。',
      },
    ]);
    const last = await run(['2025-03-10', '2025-04-10', '2025-05-10', '2025-06-10', '2025-07-10'], '2025-09-08');
    expect(last.map((f) => [f.status, f.quota?.done])).toEqual([['due-soon', 0]]);
  });
  it('the run of the phase\'s last months is not ongoing once the warranty has ended', async () => {
    const found = await run(['2025-03-10'], '2025-08-20', '2025-07-10');
    expect(found.map((f) => [f.messageId, f.missed?.periods, f.missed?.ongoing])).toEqual([['missed-run', 3, false]]);
  });
});

describe('gap-cadence, phase, gap: every 3 months after the warranty ends', () => {
  const r = (at: string | null) => row(at, 6, '2024-03-31', '2025-03-31');
  it('the clock starts at the warranty end and restarts at each contact (06-30 is the limit)', async () => {
    expect(await check(AFTER, [r('2025-06-30'), r('2025-09-30')], '2025-10-20')).toEqual([]);
  });
  it('a gap over 3 months is late; contacts during the warranty do not start the clock', async () => {
    expect(await check(AFTER, [r('2025-03-01'), r('2025-07-02'), r('2025-10-01')], '2025-10-20')).toEqual([{ status: 'late', dueAt: '2025-06-30', overdueDays: 2, messageId: 'late', customer: 'U1' }]);
  });
  it('overdue after the last contact, due soon before', async () => {
    expect(await check(AFTER, [r('2025-06-30')], '2025-10-05')).toEqual([{ status: 'overdue', dueAt: '2025-09-30', overdueDays: 5, messageId: 'overdue', customer: 'U1' }]);
    expect(await check(AFTER, [r('2025-06-30')], '2025-09-29')).toEqual([{ status: 'due-soon', dueAt: '2025-09-30', overdueDays: undefined, messageId: 'due-soon', customer: 'U1' }]);
  });
  it('not begun before the warranty end', async () => {
    expect(await check(AFTER, [r('2025-01-01')], '2025-03-01')).toEqual([]);
  });
});

describe('gap-cadence, phase, departments', () => {
  const tech = { gap: 'phase', mode: 'gap', every: 3, unit: 'months' };
  const onlyTech = { records: { departments: { include: ['技术'] } } };
  it('include needs the department column: indeterminate once without it', async () => {
    const found = await kindFindings(oneRuleProfile('gap-cadence', tech, onlyTech), ['客户编号', '回访时间', '回访内容'], [['D1', '2025-01-05', '好']], '2025-10-01');
    expect(found.map((f) => [f.status, f.messageId, f.data.field])).toEqual([['indeterminate', 'missing-column', 'performerDept']]);
  });
  it('only the technical department\'s contacts count; the clock starts at the first of them', async () => {
    const h = ['客户编号', '回访时间', '回访部门', '回访内容'];
    const rows = [
      ['D1', '2025-01-05', '技术部', '设备状态'],
      ['D1', '2025-03-01', '销售部', '市场需求'],
      ['D1', '2025-05-20', '销售部', '价格'],
    ];
    expect(await check(tech, rows, '2025-05-10', h, onlyTech)).toEqual([{ status: 'overdue', dueAt: '2025-04-05', overdueDays: 35, messageId: 'overdue', customer: 'D1' }]);
  });
  it('a dealer with no technical contact yet has no day to count from', async () => {
    const h = ['客户编号', '回访时间', '回访部门', '回访内容'];
    expect((await check(tech, [['D2', '2025-03-01', '销售部', '价格']], '2025-10-01', h, onlyTech)).map((f) => f.messageId)).toEqual(['no-contact']);
  });
});

describe('gap-cadence, phase, gap: channels, callback types and start contacts (持续 12 months after 新签约)', () => {
  const YEARLY = { gap: 'phase', mode: 'gap', every: 12, unit: 'months', from: 'signedAt', until: 'terminatedAt', untilOptional: true, callbackTypes: ['持续'], startTypes: ['新签约'] };
  const h = ['客户编号', '签约日期', '回访时间', '回访类型', '回访内容'];
  const y = (at: string, type: string | null): CellValue[] => ['L1', '2024-03-04', at, type, '回访'];
  const withData = async (params: object, rows: CellValue[][], asOf: string, header = h) =>
    (await kindFindings(oneRuleProfile('gap-cadence', params), header, rows, asOf)).map((f) => ({ status: f.status, dueAt: f.dueAt, since: f.data.since, sinceEn: f.data.sinceEn }));
  it('a start contact starts the clock; a contact of the counted type meets it', async () => {
    expect(await check(YEARLY, [y('2024-03-06', '新签约回访'), y('2025-03-06', '持续回访')], '2025-04-01', h)).toEqual([]);
    expect(await withData(YEARLY, [y('2024-03-06', '新签约回访')], '2025-03-10')).toEqual([{ status: 'overdue', dueAt: '2025-03-06', since: ' 2024-03-06 的「新签约回访」', sinceEn: 'the "新签约回访" of 2024-03-06' }]);
  });
  it('without a start contact the clock runs from the phase-start column, named in the message', async () => {
    expect(await withData(YEARLY, [['L1', '2024-03-04', null, null, null]], '2025-03-10')).toEqual([{ status: 'overdue', dueAt: '2025-03-04', since: '「签约日期」2024-03-04 ', sinceEn: '"签约日期" 2024-03-04' }]);
  });
  it('a start contact after the due date does not move it', async () => {
    expect(await withData(YEARLY, [y('2024-03-06', '新签约回访'), y('2025-05-01', '新签约回访')], '2025-06-01')).toMatchObject([{ status: 'overdue', dueAt: '2025-03-06' }]);
  });
  it('untilOptional: without the end column the phase is open; with it, nothing is owed after the end', async () => {
    const ended = [['L1', '2024-03-04', '2024-03-06', '新签约回访', '回访', '2024-10-01']];
    expect(await check(YEARLY, ended, '2025-06-01', [...h, '解约日期'])).toEqual([]);
    expect(await check({ ...YEARLY, untilOptional: false }, [y('2024-03-06', '新签约回访')], '2025-06-01', h)).toMatchObject([{ status: 'indeterminate', messageId: 'missing-column' }]);
  });
  it('channels: only the listed channels meet the cadence; a blank channel is not held against a row', async () => {
    const p = { gap: 'phase', mode: 'gap', every: 10, unit: 'days', channels: ['phone'] };
    const hc = ['客户编号', '回访时间', '回访方式', '回访内容', '回访结果'];
    const rows = [['K1', '2025-10-01', '电话', '介绍新品', '已接通'], ['K1', '2025-10-08', '微信', '发送目录', '已回复'], ['K1', '2025-10-09', null, '确认订货', '已接通']];
    expect(await check(p, rows, '2025-10-15', hc)).toEqual([]);
    expect(await check(p, rows.slice(0, 2), '2025-10-15', hc)).toMatchObject([{ status: 'overdue', dueAt: '2025-10-11' }]);
  });
});

describe('gap-cadence, phase: the remaining messages', () => {
  it('no-start: a customer without the phase-start date; due-soon-since names what started the clock', async () => {
    const YEARLY = { gap: 'phase', mode: 'gap', every: 12, unit: 'months', from: 'signedAt', callbackTypes: ['持续'], startTypes: ['新签约'] };
    const h = ['客户编号', '签约日期', '回访时间', '回访类型', '回访内容'];
    expect((await check(YEARLY, [['L1', null, '2024-03-06', '持续回访', '回访']], '2025-03-10', h)).map((f) => f.messageId)).toEqual(['no-start']);
    expect(await check(YEARLY, [['L1', '2024-03-04', '2024-03-06', '新签约回访', '回访']], '2025-03-05', h)).toMatchObject([{ status: 'due-soon', messageId: 'due-soon-since', dueAt: '2025-03-06' }]);
  });
});

describe('gap-cadence, fixed: a tier every N days', () => {
  const tiers = { tiers: [{ code: 'H', label: { zh: 'H级', en: 'H' } }] };
  const h = ['客户编号', '客户等级', '接待日期', '回访时间', '回访内容'];
  const H3 = { gap: 'fixed', tier: 'H', maxGapDays: 3, anchorFallback: 'receptionAt' };
  const fixed = (rows: CellValue[][], asOf: string, params: object = H3) => findingsOfKind('gap-cadence', params, h, rows, asOf, tiers);
  it('late between contacts, overdue after the last, due soon before it', async () => {
    const rows = [['K1', 'H', '2025-03-01', '2025-03-01', '邀约'], ['K1', 'H', '2025-03-01', '2025-03-06', '邀约']];
    expect((await fixed(rows, '2025-03-12')).map((f) => [f.messageId, f.dueAt]).sort()).toEqual([['late', '2025-03-04'], ['overdue', '2025-03-09']]);
    expect((await fixed(rows, '2025-03-08')).map((f) => [f.messageId, f.dueAt]).sort()).toEqual([['due-soon', '2025-03-09'], ['late', '2025-03-04']]);
  });
  it('no-anchor: never contacted and no reception date', async () => {
    expect((await fixed([['K1', 'H', null, null, null]], '2025-03-12')).map((f) => f.messageId)).toEqual(['no-anchor']);
  });
  it('missed-before-end: an intent cadence the pickup ended', async () => {
    const hp = ['客户编号', '客户等级', '提车时间', '回访时间', '回访内容'];
    const rows = [['K1', 'H', '2025-03-20', '2025-03-01', '邀约']];
    // The stage is the profile's declared fact (002-1 declares it so): intent until the pickup.
    const stage = { definitions: { facts: { stage: { before: 'intent', after: 'owner', switchesAt: 'pickupAt' as const, seenBefore: ['contactAt' as const, 'receptionAt' as const] } } } };
    const f = await findingsOfKind('gap-cadence', { gap: 'fixed', tier: 'H', maxGapDays: 3 }, hp, rows, '2025-04-01', { ...tiers, ...stage }, { when: { fact: 'stage', operator: 'equal', value: 'intent' } });
    expect(f.map((x) => [x.messageId, x.dueAt])).toEqual([['missed-before-end', '2025-03-04']]);
  });
  it('records: a department the rule leaves out does not keep the cadence; include needs the column', async () => {
    const hd = ['客户编号', '客户等级', '回访时间', '回访部门', '回访内容'];
    const rows = [['K1', 'H', '2025-03-01', '销售部', '邀约'], ['K1', 'H', '2025-03-03', '技术部', '试驾']];
    const except = { records: { departments: { except: ['技术'] }, ifColumnMissing: 'pass' as const } };
    expect((await findingsOfKind('gap-cadence', H3, hd, rows, '2025-03-06', tiers, except)).map((f) => [f.messageId, f.dueAt])).toEqual([['overdue', '2025-03-04']]);
    const include = { records: { departments: { include: ['技术'] } } };
    expect((await findingsOfKind('gap-cadence', H3, h, [['K1', 'H', null, '2025-03-01', '邀约']], '2025-03-06', tiers, include)).map((f) => [f.messageId, f.data.field])).toEqual([['missing-column', 'performerDept']]);
  });
});

describe('gap-cadence, declared: the frequency on the customer card', () => {
  const h = ['客户编号', '联系频率', '回访时间', '回访内容'];
  const declared = (params: object, rows: CellValue[][], asOf: string, extra = {}) => findingsOfKind('gap-cadence', { gap: 'declared', field: 'contactFrequency', ...params }, h, rows, asOf, {}, extra);
  const ids = (fs: Awaited<ReturnType<typeof findingsOfKind>>) => fs.map((f) => [f.messageId, f.dueAt]).sort();
  it('a declared gap: late between contacts, overdue after the last, due soon before it', async () => {
    const rows = [['K1', '每隔10天', '2025-03-01', '好'], ['K1', null, '2025-03-15', '好']];
    expect(ids(await declared({}, rows, '2025-03-30'))).toEqual([['late', '2025-03-11'], ['overdue', '2025-03-25']]);
    expect(ids(await declared({}, rows, '2025-03-24'))).toEqual([['due-soon', '2025-03-25'], ['late', '2025-03-11']]);
  });
  it('a declared count per calendar month: a short month, the open month near its end', async () => {
    const rows = [['K1', '每月一次', '2025-01-01', '好'], ['K1', null, '2025-03-05', '好']];
    expect(ids(await declared({ calendarPeriods: true }, rows, '2025-03-29'))).toEqual([['short', '2025-02-28']]);
    expect(ids(await declared({ calendarPeriods: true }, [['K1', '一月两次', '2025-01-01', '好'], ['K1', null, '2025-01-01', '好']], '2025-01-30'))).toEqual([['period-open', '2025-01-31']]);
  });
  it('consecutive short months are one finding (short-run), a single one reads as before; the month in progress is open', async () => {
    const counted = async (rows: CellValue[][], asOf: string) => {
      const profile = oneRuleProfile('gap-cadence', { gap: 'declared', field: 'contactFrequency', calendarPeriods: true }, { fine: { amount: 20, payer: '回访人' } });
      return (await kindFindings(profile, h, rows, asOf)).map((f) => ({ status: f.status, messageId: f.messageId, dueAt: f.dueAt, fine: f.fine, missed: f.missed, quota: f.quota, zh: renderFinding(f, parseProfile(profile), 'zh') }));
    };
    // January kept (from its first day); February to April short; May kept; June in progress.
    const found = await counted([['K1', '每月一次', '2025-01-01', '好'], ['K1', null, '2025-05-10', '好']], '2025-06-15');
    expect(found).toEqual([
      {
        status: 'violation',
        messageId: 'short-run',
        dueAt: '2025-02-28',
        fine: { amount: 60, currency: 'CNY' },
        missed: { periods: 3, since: '2025-02-28', dues: ['2025-02-28', '2025-03-31', '2025-04-30'], ongoing: false },
        quota: undefined,
        zh: '「测试」不足：按“每月一次”，自 2025-02-01 起连续 3 个月每月成功联系不足 1 天（2025-02-01 至 2025-04-30；最近一期 0 天）。',
      },
      {
        status: 'open',
        messageId: 'period-open',
        dueAt: '2025-06-30',
        fine: undefined,
        missed: undefined,
        quota: { done: 0, required: 1, unit: 'day', periodStart: '2025-06-01', periodEnd: '2025-06-30' },
        zh: '「测试」本月已有 0 天成功联系，还需 1 天，2025-06-30 前：按“每月一次”，2025-06-01 至 2025-06-30 至少 1 天。',
      },
    ]);
    // A kept March breaks the run: February alone (ended), then April to May up to the check (ongoing).
    const broken = await counted([['K1', '每月一次', '2025-01-01', '好'], ['K1', null, '2025-03-10', '好']], '2025-06-15');
    expect(broken.map((f) => [f.messageId, f.dueAt, f.missed?.periods, f.missed?.ongoing, f.fine])).toEqual([
      ['short', '2025-02-28', 1, false, { amount: 20, currency: 'CNY' }],
      ['short-run', '2025-04-30', 2, true, { amount: 40, currency: 'CNY' }],
      ['period-open', '2025-06-30', undefined, undefined, undefined],
    ]);
  });
  it('a quota in progress from the period\'s first day: done so far, still needed, by when', async () => {
    // Two rows on one day (a log, not a roster): one contact day.
    const twice = [['K1', '一月两次', '2025-10-01', '好'], ['K1', null, '2025-10-01', '好']];
    const first = await declared({ calendarPeriods: true }, twice, '2025-10-01');
    expect(first.map((f) => [f.status, f.messageId, f.dueAt, f.data.count, f.data.more])).toEqual([['open', 'period-open', '2025-10-31', 1, 1]]);
    const found = await kindFindings(oneRuleProfile('gap-cadence', { gap: 'declared', field: 'contactFrequency', calendarPeriods: true }), h, twice, '2025-10-30');
    expect(found.map((f) => [f.status, f.quota])).toEqual([['due-soon', { done: 1, required: 2, unit: 'day', periodStart: '2025-10-01', periodEnd: '2025-10-31' }]]);
    // Met: nothing to say.
    expect(await declared({ calendarPeriods: true }, [...twice, ['K1', null, '2025-10-08', '好']], '2025-10-09')).toEqual([]);
  });
  it('unreadable, no-anchor, not-configured', async () => {
    expect(ids(await declared({}, [['K1', '偶尔', '2025-03-01', '好']], '2025-03-30'))).toEqual([['unreadable', undefined]]);
    expect(ids(await declared({ fallback: { every: 1, unit: 'month' } }, [['K1', null, null, null]], '2025-03-30'))).toEqual([['no-anchor', undefined]]);
    expect(ids(await declared({ fallback: null }, [['K1', null, '2025-03-01', '好']], '2025-03-30'))).toEqual([['not-configured', undefined]]);
  });
  it('roster-count: a roster shows one contact, not how many a month had', async () => {
    const hr = ['客户编号', '联系频率', '最近回访时间', '回访内容'];
    const f = await findingsOfKind('gap-cadence', { gap: 'declared', field: 'contactFrequency', calendarPeriods: true }, hr, [['K1', '一月两次', '2025-03-05', '好']], '2025-03-20');
    expect(f.map((x) => x.messageId)).toContain('roster-count');
  });
  it('records: only the channels the rule looks at count (a blank channel does not)', async () => {
    const hc = ['客户编号', '联系频率', '回访时间', '回访方式', '回访内容'];
    const rows = [['K1', '每隔10天', '2025-03-01', '上门', '好'], ['K1', null, '2025-03-08', null, '好']];
    const f = await findingsOfKind('gap-cadence', { gap: 'declared', field: 'contactFrequency' }, hc, rows, '2025-03-15', {}, { records: { channels: ['visit'] } });
    expect(f.map((x) => [x.messageId, x.dueAt])).toEqual([['overdue', '2025-03-11']]);
  });
});
