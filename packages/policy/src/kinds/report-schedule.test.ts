import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { parseProfile } from '../profile/load';
import { renderFinding } from '../report/messages';
import { findingsOfKind, kindFindings, oneRuleProfile } from '../testing/kind-check';
import type { CellValue } from '../table';
import { dayFromYmd, isoDate } from '../time/day';
import { dueOnOrAfter, reportSchedule } from './report-schedule';

async function findings(due: object, header: string[], rows: CellValue[][], asOf: string, perSubmitter = true) {
  return findingsOfKind('report-schedule', { due, perSubmitter }, header, rows, asOf);
}

const TEN_DAYS = { every: 'month', days: [10, 20, 30] };
const FRIDAY = { every: 'week', weekday: 5 };
const due = (d: object, y: number, m: number, day: number) => isoDate(dueOnOrAfter(d as never, dayFromYmd(y, m, day)));

describe('dueOnOrAfter', () => {
  it('finds the 10th, 20th and 30th, and the next month after the 30th', () => {
    expect(due(TEN_DAYS, 2025, 10, 1)).toBe('2025-10-10');
    expect(due(TEN_DAYS, 2025, 10, 10)).toBe('2025-10-10');
    expect(due(TEN_DAYS, 2025, 10, 11)).toBe('2025-10-20');
    expect(due(TEN_DAYS, 2025, 10, 30)).toBe('2025-10-30');
    // The 31st belongs to the next month's first cycle.
    expect(due(TEN_DAYS, 2025, 10, 31)).toBe('2025-11-10');
  });
  it('puts the 30th of February on its last day, in common and leap years', () => {
    expect(due(TEN_DAYS, 2025, 2, 21)).toBe('2025-02-28');
    expect(due(TEN_DAYS, 2024, 2, 21)).toBe('2024-02-29');
    expect(due(TEN_DAYS, 2025, 3, 1)).toBe('2025-03-10');
  });
  it('31 means the last day of each month', () => {
    expect(due({ every: 'month', days: [31] }, 2025, 4, 5)).toBe('2025-04-30');
    expect(due({ every: 'month', days: [31] }, 2025, 5, 5)).toBe('2025-05-31');
  });
  it('weekly: the next Friday, or the day itself', () => {
    expect(due(FRIDAY, 2025, 10, 13)).toBe('2025-10-17'); // Monday
    expect(due(FRIDAY, 2025, 10, 17)).toBe('2025-10-17'); // Friday
    expect(due(FRIDAY, 2025, 10, 18)).toBe('2025-10-24'); // Saturday
  });
});

describe('report-schedule on a report log', () => {
  const header = ['报送人', '报送日期', '报告所属期', '客户名称'];
  it('reports on or before each due day pass; the end of the due day is the limit', async () => {
    const rows = [
      ['张三', '2025-10-10', '2025-10-10', null],
      ['张三', '2025-10-19', '2025-10-20', null],
      ['张三', '2025-10-30', '2025-10-30', null],
    ];
    expect(await findings(TEN_DAYS, header, rows, '2025-11-05')).toEqual([]);
  });
  it('a report after its due day is late, one finding for that due date', async () => {
    const rows = [
      ['张三', '2025-10-10', '2025-10-10', null],
      ['张三', '2025-10-22', '2025-10-20', null],
    ];
    const f = await findings(TEN_DAYS, header, rows, '2025-10-25');
    expect(f).toMatchObject([{ status: 'late', dueAt: '2025-10-20', overdueDays: 2, row: 3 }]);
  });
  it('a due date with no report is overdue from the next day, not on the day', async () => {
    const rows = [['张三', '2025-10-10', '2025-10-10', null]];
    expect(await findings(TEN_DAYS, header, rows, '2025-10-20')).toMatchObject([{ status: 'due-soon', dueAt: '2025-10-20' }]);
    expect(await findings(TEN_DAYS, header, rows, '2025-10-21')).toMatchObject([{ status: 'overdue', dueAt: '2025-10-20', overdueDays: 1 }]);
  });
  it('February: the report due on the 30th is due on 02-28, and the message says so', async () => {
    const rows = [
      ['张三', '2025-02-10', '2025-02-10', null],
      ['张三', '2025-02-20', '2025-02-20', null],
    ];
    const f = await findings(TEN_DAYS, header, rows, '2025-03-01');
    expect(f).toMatchObject([{ status: 'overdue', dueAt: '2025-02-28', overdueDays: 1 }]);
    expect(f[0].data.note).toContain('30');
  });
  it('each submitter owes his own reports', async () => {
    const rows = [
      ['张三', '2025-10-10', '2025-10-10', null],
      ['李四', '2025-10-09', '2025-10-10', null],
      ['张三', '2025-10-20', '2025-10-20', null],
    ];
    const f = await findings(TEN_DAYS, header, rows, '2025-10-21');
    expect(f).toMatchObject([{ status: 'overdue', dueAt: '2025-10-20', data: { who: '李四：' } }]);
  });
  it('report rows without a customer are not unreadable rows', async () => {
    const rows = [['张三', '2025-10-10', '2025-10-10', null]];
    const report = await evaluate({ sheet: 's', rows: [header, ...rows] }, parseProfile(oneRuleProfile('report-schedule', { due: TEN_DAYS })), { asOf: '2025-10-12' });
    expect(report.findings.filter((f) => f.status === 'invalid')).toEqual([]);
  });
});

describe('report-schedule without a period column (weekly Friday report)', () => {
  const header = ['提交人', '提交日期', '客户名称'];
  it('one report in each week by Friday passes, across 国庆', async () => {
    const rows = [
      ['王五', '2025-09-26', null],
      ['王五', '2025-10-03', null], // a holiday Friday: the rule has no holiday roll-over
      ['王五', '2025-10-10', null],
    ];
    expect(await findings(FRIDAY, header, rows, '2025-10-14')).toEqual([]);
  });
  it('a missed Friday followed by two reports in the next week: the first is late for the missed one', async () => {
    const rows = [
      ['王五', '2025-09-26', null],
      ['王五', '2025-10-06', null],
      ['王五', '2025-10-09', null],
    ];
    expect(await findings(FRIDAY, header, rows, '2025-10-14')).toMatchObject([{ status: 'late', dueAt: '2025-10-03', overdueDays: 3, row: 3 }]);
  });
  it('a missed Friday with one report the next week: the missed week is overdue, the report counts for its own week', async () => {
    const rows = [
      ['王五', '2025-09-26', null],
      ['王五', '2025-10-08', null],
    ];
    expect(await findings(FRIDAY, header, rows, '2025-10-11')).toMatchObject([{ status: 'overdue', dueAt: '2025-10-03', overdueDays: 8 }]);
  });
  it('one report for the whole ledger when not per submitter', async () => {
    const rows = [
      ['王五', '2025-09-26', null],
      ['赵六', '2025-10-03', null],
    ];
    expect(await findings(FRIDAY, header, rows, '2025-10-07', false)).toEqual([]);
    expect(await findings(FRIDAY, header, rows, '2025-10-07', true)).toMatchObject([{ status: 'overdue', data: { who: '王五：' } }]);
  });
});

describe('report-schedule on a callback log (each row notes when it was sent)', () => {
  const header = ['客户名称', '回访日期', '业务员', '发送日期'];
  it('a callback of the 11th-20th cycle sent after the 20th is late; unsent cycles are overdue', async () => {
    const rows = [
      ['甲公司', '2025-10-03', '张三', '2025-10-10'],
      ['乙公司', '2025-10-15', '张三', '2025-10-21'],
      ['丙公司', '2025-10-25', '张三', null],
    ];
    const f = await findings(TEN_DAYS, header, rows, '2025-11-02');
    expect(f).toMatchObject([
      { status: 'late', dueAt: '2025-10-20', overdueDays: 1, row: 3 },
      { status: 'overdue', dueAt: '2025-10-30', overdueDays: 3, row: 4 },
    ]);
  });
});

describe('report-schedule counting entries (three spot-check calls per salesperson a month)', () => {
  const header = ['客户名称', '回访日期', '业务员', '抽查日期'];
  const MONTHLY = { every: 'month', days: [31] };
  it('three spot checks in the month pass; two are one finding for the month', async () => {
    const rows = [
      ['甲', '2025-09-03', '张三', '2025-09-10'],
      ['乙', '2025-09-05', '张三', '2025-09-12'],
      ['丙', '2025-09-08', '张三', '2025-09-30'],
      ['丁', '2025-09-03', '李四', '2025-09-10'],
      ['戊', '2025-09-05', '李四', '2025-10-01'],
    ];
    const f = await findingsOfKind('report-schedule', { due: MONTHLY, entry: 'auditedAt', min: 3 }, header, rows, '2025-10-05');
    expect(f).toMatchObject([{ status: 'violation', messageId: 'short', dueAt: '2025-09-30', data: { who: '李四：', count: 1, min: 3 } }]);
  });
});

describe('report-schedule: cycles of one submitter missed in a row are one finding', () => {
  const header = ['提交人', '提交日期', '客户名称'];
  const fined = (params: object) => oneRuleProfile('report-schedule', params, { fine: { amount: 50, payer: '提交人' } });
  const run = async (params: object, h: string[], rows: CellValue[][], asOf: string) => {
    const profile = fined(params);
    return (await kindFindings(profile, h, rows, asOf)).map((f) => ({ status: f.status, messageId: f.messageId, dueAt: f.dueAt, overdueDays: f.overdueDays, fine: f.fine, missed: f.missed, zh: renderFinding(f, parseProfile(profile), 'zh') }));
  };
  it('three Fridays without a report: one finding, 3 weeks, fined three times; a later missed Friday is a second, ongoing one', async () => {
    const rows = [['王五', '2025-09-05', null], ['王五', '2025-10-03', null], ['赵六', '2025-10-10', null]];
    const found = await run({ due: FRIDAY }, header, rows, '2025-10-14');
    expect(found).toEqual([
      {
        status: 'overdue',
        messageId: 'overdue-run',
        dueAt: '2025-09-12',
        overdueDays: 32,
        fine: { amount: 150, currency: 'CNY' },
        missed: { periods: 3, since: '2025-09-12', dues: ['2025-09-12', '2025-09-19', '2025-09-26'], ongoing: false },
        zh: '「测试」未报送：王五：自 2025-09-06 起连续 3 周没有报送（2025-09-06 至 2025-09-26），第一期应于 2025-09-12 前报送，已逾期 32 天。',
      },
      {
        status: 'overdue',
        messageId: 'overdue',
        dueAt: '2025-10-10',
        overdueDays: 4,
        fine: { amount: 50, currency: 'CNY' },
        missed: { periods: 1, since: '2025-10-10', dues: ['2025-10-10'], ongoing: true },
        zh: '「测试」未报送：王五：2025-10-04 至 2025-10-10 的报告应于 2025-10-10 前报送，至今未见，已逾期 4 天。',
      },
    ]);
  });
  it('a run up to the last Friday before the check is ongoing', async () => {
    const rows = [['王五', '2025-09-19', null]];
    expect((await run({ due: FRIDAY }, header, rows, '2025-10-14')).map((f) => [f.messageId, f.dueAt, f.missed?.periods, f.missed?.ongoing])).toEqual([['overdue-run', '2025-09-26', 3, true]]);
  });
  it('counted entries: two short months in a row are one finding, ongoing while this month is short too', async () => {
    const h = ['客户名称', '回访日期', '业务员', '抽查日期'];
    const july = [['甲', '2025-07-01', '李四', '2025-07-10'], ['乙', '2025-07-02', '李四', '2025-07-11'], ['丙', '2025-07-03', '李四', '2025-07-12'], ['丁', '2025-08-03', '李四', '2025-08-10']];
    const params = { due: { every: 'month', days: [31] }, entry: 'auditedAt', min: 3 };
    const found = await run(params, h, july, '2025-10-05');
    expect(found.map((f) => [f.messageId, f.dueAt, f.overdueDays, f.fine, f.missed?.periods, f.missed?.ongoing])).toEqual([['short-run', '2025-08-31', 35, { amount: 100, currency: 'CNY' }, 2, true]]);
    expect(found[0].zh).toBe('「测试」不足：李四：自 2025-08-01 起连续 2 个月每期「抽查日期」不足 3 条（2025-08-01 至 2025-09-30；最近一期 0 条）。');
    const october = [['戊', '2025-09-20', '李四', '2025-10-01'], ['己', '2025-09-21', '李四', '2025-10-02'], ['庚', '2025-09-22', '李四', '2025-10-03']];
    expect((await run(params, h, [...july, ...october], '2025-10-05')).map((f) => [f.messageId, f.missed?.ongoing])).toEqual([['short-run', false]]);
  });
});

describe('report-schedule: every message', () => {
  const log = ['报送人', '报送日期', '报告所属期', '客户名称'];
  const checks = ['客户名称', '回访日期', '业务员', '抽查日期'];
  const MONTHLY = { every: 'month', days: [31] };
  const spotChecks = [
    ['甲', '2025-09-03', '李四', '2025-09-10'],
    ['乙', '2025-09-05', '李四', null],
    ['丙', '2025-09-08', '李四', null],
    ['丁', '2025-09-09', '李四', null],
  ];
  // [messageId, params, header, rows, as-of]: a ledger on which the rule emits it.
  const cases: [string, object, string[], CellValue[][], string][] = [
    ['overdue', { due: TEN_DAYS }, log, [['张三', '2025-10-10', '2025-10-10', null]], '2025-10-21'],
    ['overdue-run', { due: TEN_DAYS }, log, [['张三', '2025-10-10', '2025-10-10', null]], '2025-11-01'],
    ['late', { due: TEN_DAYS }, log, [['张三', '2025-10-10', '2025-10-10', null], ['张三', '2025-10-22', '2025-10-20', null]], '2025-10-25'],
    ['due-soon', { due: TEN_DAYS }, log, [['张三', '2025-10-10', '2025-10-10', null]], '2025-10-20'],
    ['short', { due: MONTHLY, entry: 'auditedAt', min: 3 }, checks, spotChecks, '2025-10-05'],
    ['short-run', { due: MONTHLY, entry: 'auditedAt', min: 3 }, checks, spotChecks, '2025-11-05'],
    // Four customers on the list, one spot-checked: three were needed.
    ['short-sample', { due: MONTHLY, entry: 'auditedAt', min: 3, sampleOfList: true }, checks, spotChecks, '2025-10-05'],
    ['short-sample-run', { due: MONTHLY, entry: 'auditedAt', min: 3, sampleOfList: true }, checks, spotChecks, '2025-11-05'],
    // Per submitter, but the ledger names none: one report may not stand for everyone.
    ['no-submitter', { due: TEN_DAYS, by: { fields: ['submitter'] } }, ['报送日期', '报告所属期', '客户名称'], [['2025-10-10', '2025-10-10', '甲']], '2025-10-25'],
  ];
  it.each(cases)('%s', async (id, params, header, rows, asOf) => {
    expect((await findingsOfKind('report-schedule', params, header, rows, asOf)).map((f) => f.messageId)).toContain(id);
  });
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(reportSchedule.messages).sort()));
});
