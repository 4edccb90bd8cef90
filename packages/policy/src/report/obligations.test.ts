// The work queue from findings: states at their day boundaries, one item per customer and rule,
// runs of missed periods, and the sort order.
import { parseProfile } from '../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate, type CustomerStatus, type Report } from '../engine/evaluate';
import { getProfile } from '../profiles';
import type { Finding } from '../rule/finding';
import { oneRuleProfile } from '../testing/kind-check';
import { obligations, obligationState, type Obligation } from './obligations';

const citation = { file: 'x.md', section: '§1', quote: 'q' };
const AS_OF = '2025-10-15T23:59:00+08:00';

function finding(ruleId: string, status: Finding['status'], customer: string | null, dueAt: string | undefined, extra: Partial<Finding> = {}): Finding {
  return { ruleId, status, severity: status === 'due-soon' ? 'info' : 'error', customer, row: 5, dueAt, messageId: 'm', data: {}, citation, ...extra };
}

function customer(key: string, row: number, nextDue: string | null = '2025-10-20'): CustomerStatus {
  return { key, row, nextDue, name: `名${key}`, phone: `138${key}`, performer: `人${key}` };
}

function report(findings: Finding[], customers: CustomerStatus[] = [], dueSoonDays = 1): Pick<Report, 'asOf' | 'findings' | 'customers' | 'dueSoonDays'> {
  return { asOf: AS_OF, findings, customers, dueSoonDays };
}

const brief = (o: Obligation) => [o.customer, o.ruleId, o.state, o.dueAt, o.since, o.overdueDays, o.missedPeriods];

describe('obligationState: the day boundaries', () => {
  const asOf = 100;
  it.each([
    ['due yesterday', 99, 1, 'overdue'],
    ['due today', 100, 1, 'due-today'],
    ['due tomorrow', 101, 1, 'due-soon'],
    ['due in 2 days, lead time 1', 102, 1, 'open'],
    ['due in 7 days, lead time 7', 107, 7, 'due-soon'],
    ['due in 8 days, lead time 7', 108, 7, 'open'],
  ] as const)('%s: %s', (_, due, lead, state) => {
    expect(obligationState(due, asOf, lead)).toBe(state);
  });
});

describe('obligations', () => {
  it('takes overdue and due-soon findings, with the customer’s name, phone, performer and latest row', () => {
    const items = obligations(
      report(
        [
          finding('R-gap', 'overdue', 'K1', '2025-10-14', { overdueDays: 1 }),
          finding('R-window', 'due-soon', 'K2', '2025-10-16'),
          finding('R-window', 'due-soon', 'K3', '2025-10-15'),
          finding('R-window', 'overdue', 'K4', '2025-10-15T11:00+08:00'),
        ],
        [customer('K1', 9), customer('K2', 12), customer('K3', 14), customer('K4', 20)],
      ),
    );
    expect(items.map(brief)).toEqual([
      ['K1', 'R-gap', 'overdue', '2025-10-14', '2025-10-14', 1, 1],
      ['K3', 'R-window', 'due-today', '2025-10-15', null, 0, 0],
      // Due at 11:00 today and not done: due today (the day decides), one due date missed.
      ['K4', 'R-window', 'due-today', '2025-10-15T11:00+08:00', '2025-10-15', 0, 1],
      ['K2', 'R-window', 'due-soon', '2025-10-16', null, 0, 0],
    ]);
    expect(items[0]).toMatchObject({ customerName: '名K1', phone: '138K1', performer: '人K1', row: 9 });
  });

  it('says the days overdue as the check report does: an hour deadline counts the day it began', () => {
    // Due 2025-10-13 11:00, checked 2025-10-15 23:59: the engine counts 3 begun days.
    const [item] = obligations(report([finding('R-24h', 'overdue', 'K1', '2025-10-13T11:00+08:00', { overdueDays: 3 })], [customer('K1', 7)]));
    expect([item.since, item.overdueDays]).toEqual(['2025-10-13', 3]);
  });
  it('leaves out what is about the past: late, record-keeping, unreadable cells, findings without a due date', () => {
    const items = obligations(
      report(
        [
          finding('R-late', 'late', 'K1', '2025-10-10'),
          finding('R-content', 'violation', 'K1', undefined),
          finding('R-form', 'invalid', 'K1', undefined),
          finding('R-unsure', 'indeterminate', 'K1', '2025-10-20'),
          // A gap missed before the customer's stage ended: no period, nothing still owed.
          finding('R-gap', 'violation', 'K1', '2025-09-08'),
        ],
        [customer('K1', 3)],
      ),
    );
    expect(items).toEqual([]);
  });

  it('one item per customer and rule: the earliest due, the periods of its run counted, since the run began', () => {
    const run = (since: string, dues: string[], ongoing: boolean) => finding('R-week', 'violation', 'K1', since, { messageId: 'missed-run', missed: { periods: dues.length, since, dues, ongoing } });
    const items = obligations(
      report(
        [
          // An old run a kept week ended, then a run of three up to last week, and this week in progress.
          run('2025-09-07', ['2025-09-07', '2025-09-14'], false),
          run('2025-09-28', ['2025-09-28', '2025-10-05', '2025-10-12'], true),
          finding('R-week', 'open', 'K1', '2025-10-19', { messageId: 'period-open', quota: { done: 0, required: 1, unit: 'contact', periodStart: '2025-10-13', periodEnd: '2025-10-19' } }),
        ],
        [customer('K1', 7)],
      ),
    );
    expect(items.map(brief)).toEqual([['K1', 'R-week', 'overdue', '2025-09-28', '2025-09-28', 17, 3]]);
    expect(items[0].finding.dueAt).toBe('2025-09-28');
    expect(items[0].quota).toEqual({ done: 0, required: 1, unit: 'contact', periodStart: '2025-10-13', periodEnd: '2025-10-19' });
  });

  it('an ongoing run is owed; a run that ended, or a missed period without `missed`, is about the past', () => {
    const month = (customerKey: string, end: string, ongoing?: boolean) =>
      finding('R-month', 'violation', customerKey, end, { data: { start: `${end.slice(0, 8)}01`, end, count: 1, min: 2 }, ...(ongoing !== undefined && { missed: { periods: 1, since: end, dues: [end], ongoing } }) });
    const items = obligations(
      report(
        [
          // K1 missed August; September was kept: the run ended.
          month('K1', '2025-08-31', false),
          // K2 missed September and October is not met yet: still owed.
          month('K2', '2025-09-30', true),
          // K3's missed September says nothing about a run: the kind did not say it is owed.
          month('K3', '2025-09-30'),
        ],
        [customer('K1', 2), customer('K2', 4), customer('K3', 6)],
      ),
    );
    expect(items.map(brief)).toEqual([['K2', 'R-month', 'overdue', '2025-09-30', '2025-09-30', 15, 1]]);
  });

  it('a run counts its periods since its first missed due; an open quota is listed with it', () => {
    const dues = ['2025-08-25', '2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22', '2025-09-29', '2025-10-06'];
    const items = obligations(
      report(
        [
          finding('R-week', 'violation', 'K1', '2025-08-25', { messageId: 'missed-run', missed: { periods: 7, since: '2025-08-25', dues, ongoing: true } }),
          finding('R-month', 'open', 'K2', '2025-10-31', { severity: 'info', quota: { done: 1, required: 2, unit: 'day', periodStart: '2025-10-01', periodEnd: '2025-10-31' } }),
        ],
        [customer('K1', 2), customer('K2', 4)],
      ),
    );
    expect(items.map(brief)).toEqual([
      ['K1', 'R-week', 'overdue', '2025-08-25', '2025-08-25', 51, 7],
      ['K2', 'R-month', 'open', '2025-10-31', null, 0, 0],
    ]);
    expect(items[1].quota).toEqual({ done: 1, required: 2, unit: 'day', periodStart: '2025-10-01', periodEnd: '2025-10-31' });
  });

  it('sorts by due date, the oldest overdue first, then customer and rule; withinDays drops what is due later', () => {
    const findings = [
      finding('R-b', 'due-soon', 'K2', '2025-10-22'),
      finding('R-a', 'overdue', 'K9', '2025-10-01'),
      finding('R-b', 'overdue', 'K1', '2025-10-14'),
      finding('R-a', 'overdue', 'K1', '2025-10-14'),
      finding('R-a', 'due-soon', 'K3', '2025-10-23'),
      finding('R-c', 'overdue', null, '2025-10-02', { payer: '报送人甲', row: null }),
    ];
    const all = obligations(report(findings, [customer('K1', 1), customer('K2', 2), customer('K3', 3), customer('K9', 9)]));
    expect(all.map((o) => `${o.dueAt} ${o.customer} ${o.ruleId} ${o.state}`)).toEqual([
      '2025-10-01 K9 R-a overdue',
      '2025-10-02 null R-c overdue',
      '2025-10-14 K1 R-a overdue',
      '2025-10-14 K1 R-b overdue',
      '2025-10-22 K2 R-b open',
      '2025-10-23 K3 R-a open',
    ]);
    // A per-performer item names its payer as the performer.
    expect(all[1]).toMatchObject({ customer: null, performer: '报送人甲', row: null });
    const week = obligations(report(findings, [customer('K1', 1), customer('K2', 2), customer('K3', 3), customer('K9', 9)], 7), { withinDays: 7 });
    expect(week.map((o) => `${o.customer} ${o.state}`)).toEqual(['K9 overdue', 'null overdue', 'K1 overdue', 'K1 overdue', 'K2 due-soon']);
  });

  it('from a count rule: an ongoing run is one item (its periods, since its first due), a quota open from the period start is open', async () => {
    // 002-1: A customers weekly, B customers twice a month. 2025-09-01 is a Monday.
    const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'];
    const call = (id: string, tier: string, at: string) => [id, `客户${id}`, tier, `${at} 10:00`, '电话', '介绍新车型配置和价格，客户周末再来试驾', '已接通'];
    const rows = [call('K1', 'A', '2025-09-01'), call('K1', 'A', '2025-09-03'), call('K2', 'B', '2025-09-03'), call('K2', 'B', '2025-09-20')];
    const checked = await evaluate({ sheet: '回访记录', rows: [header, ...rows] }, getProfile('002-1'), { asOf: '2025-10-01' });
    const items = obligations(checked).filter((o) => o.ruleId === '002-1-3-A-1w' || o.ruleId === '002-1-3-B-2perM');
    expect(items.map(brief)).toEqual([
      // The weeks of 09-08, 09-15 and 09-22 missed: one item, overdue since the first week's Sunday.
      ['K1', '002-1-3-A-1w', 'overdue', '2025-09-14', '2025-09-14', 17, 3],
      ['K2', '002-1-3-B-2perM', 'open', '2025-10-31', null, 0, 0],
    ]);
    expect(items[0].finding.missed).toMatchObject({ periods: 3, ongoing: true });
    expect(items[1].quota).toEqual({ done: 0, required: 2, unit: 'day', periodStart: '2025-10-01', periodEnd: '2025-10-31' });
    expect(items[1].finding.status).toBe('open');
  });
});

describe('obligations from the engine: an event window open before its lead time', () => {
  // 生日前10天 read with a 10-day window: birthday 10-26, call from 10-06 to 10-16.
  const rule = { date: 'birthday', from: -20, to: -10, knownFrom: ['recordedAt'] };
  const header = ['客户编号', '客户姓名', '生日', '录入时间', '回访时间'];
  it('a birthday window open 9 days before its due date: an open item within 10 days, none within 7', async () => {
    const table = { sheet: 's', rows: [header, ['K1', '王建国', '1980-10-26', '2025-01-10', null]] };
    const r = await evaluate(table, parseProfile(oneRuleProfile('anniversary', rule)), { asOf: '2025-10-07' });
    const ten = obligations(r, { withinDays: 10 });
    expect(ten.map(brief)).toEqual([['K1', '999-1-TEST', 'open', '2025-10-16', null, 0, 0]]);
    expect(ten[0]).toMatchObject({ customerName: '王建国', quota: { done: 0, required: 1, periodStart: '2025-10-06', periodEnd: '2025-10-16' } });
    expect(ten[0].finding.status).toBe('open');
    expect(obligations(r, { withinDays: 7 })).toEqual([]);
  });
});
