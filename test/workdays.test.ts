// Working-day deadlines through the engine: a company variant with a "within 5 working days"
// rule, across 春节 2025 and 国庆 2025 and their make-up days, and a year the calendar does not know.
import { parseProfile } from '@ledgerlint/policy';
import { describe, expect, it } from 'vitest';
import { evaluate, PROFILE_SOURCES, type RuleInput } from '@ledgerlint/policy';
import { caseTable } from '../packages/policy/src/testing/rule-tester';

const fiveWorkdays: RuleInput = {
  id: '002-1-X-SIGN-5WD',
  kind: 'event-window',
  title: { zh: '签约后5个工作日内回访', en: 'Callback within 5 working days of signing' },
  short: { zh: '签约5工作日', en: 'signing 5 wd' },
  modality: 'M',
  citation: { file: 'company-handbook', section: '第1条', quote: '签约后5个工作日内完成回访' },
  reading: { zh: '测试用规则。', en: 'A rule for this test.' },
  params: { anchor: 'signedAt', unit: 'workdays', windows: [{ from: 0, to: 5 }] },
};
const profile = { ...structuredClone(PROFILE_SOURCES['002-1']), id: 'company-5wd', workWeek: [1, 2, 3, 4, 5], rules: [...structuredClone(PROFILE_SOURCES['002-1']).rules, fiveWorkdays] };
const header = ['客户编号', '客户名称', '签约日期', '回访时间', '回访方式', '回访内容', '回访结果'];
const talk = '签约回访：确认合同条款和交车时间，客户满意';

async function check(signed: string, contact: string | null, asOf: string) {
  const rows = [['K1', '张伟', signed, contact, contact ? '电话' : null, contact ? talk : null, contact ? '已接通' : null]];
  const report = await evaluate(caseTable(header, rows), parseProfile(profile), { asOf });
  return report.findings.filter((f) => f.ruleId === fiveWorkdays.id);
}

describe('5 working days', () => {
  // 2025-01-24 (Fri): working days after it are 01-26 (make-up Sunday), 01-27, then 春节 01-28..02-04,
  // then 02-05, 02-06, 02-07: the 5th is 2025-02-07.
  it('across 春节 2025 with the make-up Sunday 01-26', async () => {
    expect(await check('2025-01-24', '2025-02-07 17:00', '2025-02-10')).toEqual([]);
    expect(await check('2025-01-24', '2025-02-08 09:00', '2025-02-10')).toMatchObject([{ status: 'late', dueAt: '2025-02-07' }]);
    expect(await check('2025-01-24', null, '2025-02-10')).toMatchObject([{ status: 'overdue', dueAt: '2025-02-07', overdueDays: 3 }]);
  });
  // 2025-09-30 (Tue): 国庆 10-01..10-08 off, 10-11 (Sat) is a make-up working day:
  // 10-09, 10-10, 10-11, 10-13, 10-14 -> the 5th is 2025-10-14.
  it('across 国庆 2025 with the make-up Saturday 10-11', async () => {
    expect(await check('2025-09-30', '2025-10-14 18:00', '2025-10-20')).toEqual([]);
    expect(await check('2025-09-30', null, '2025-10-20')).toMatchObject([{ status: 'overdue', dueAt: '2025-10-14', overdueDays: 6 }]);
  });
  it('a year the calendar does not know is indeterminate, not guessed', async () => {
    const found = await check('2026-12-28', null, '2027-01-10');
    expect(found).toMatchObject([{ status: 'indeterminate', messageId: 'calendar-unknown' }]);
  });
  it('a profile that adds the next year\'s notice makes it checkable', async () => {
    const withYear = { ...profile, calendarYears: [{ year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] }] };
    const rows = [['K1', '张伟', '2026-12-28', null, null, null, null]];
    const report = await evaluate(caseTable(header, rows), parseProfile(withYear), { asOf: '2027-01-10' });
    // 12-29, 12-30, 12-31, (01-01 元旦), 01-04, 01-05 -> due 2027-01-05.
    expect(report.findings.filter((f) => f.ruleId === fiveWorkdays.id)).toMatchObject([{ status: 'overdue', dueAt: '2027-01-05' }]);
  });
});
