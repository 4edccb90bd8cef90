import { parseProfile } from '../../../profile/load';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate';
import { getProfile } from '../..';
import { caseTable, ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-3b-BOOK-5d', {
  profile: '001-3b',
  header,
  valid: [
    { name: 'booked a week ahead', rows: [row('V1')], asOf: '2025-10-15' },
    { name: 'boundary: exactly 5 days ahead', rows: [row('V1', { booked: '2025-10-05' })], asOf: '2025-10-15' },
    { name: 'calendar days, across 国庆: booked 09-30 for 10-05', rows: [row('V1', { booked: '2025-09-30', visit: '2025-10-05', issued: '2025-09-30' })], asOf: '2025-10-15' },
    { name: 'ordinary customers need no booking', rows: [row('V1', { tier: '一般客户', booked: '' })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'booked only 4 days ahead', rows: [row('V1', { booked: '2025-10-06' })], asOf: '2025-10-15', findings: [{ status: 'violation', column: '预约申请日期', dueAt: '2025-10-05', messageId: 'short' }] },
    { name: 'no booking application', rows: [row('V1', { booked: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', messageId: 'missing' }] },
  ],
});

// A company variant that counts working days: 国庆 and 春节 are skipped, their make-up days count.
describe('001-3b-BOOK-5d counted in working days (company variant)', () => {
  const profile = getProfile('001-3b');
  const rule = profile.rules.find((r) => r.id === '001-3b-BOOK-5d')!;
  const variant = { ...profile, rules: profile.rules.map((r) => (r === rule ? { ...rule, params: { ...rule.params, unit: 'workdays' as const } } : r)) };
  const check = async (booked: string, visit: string) => {
    const report = await evaluate(caseTable(header, [row('V1', { booked, visit, issued: booked })]), parseProfile(variant), { asOf: '2025-10-15' });
    return report.findings.filter((f) => f.ruleId === rule.id).map((f) => f.dueAt);
  };
  it('国庆: 5 working days before 10-09 is 09-25 (09-28 Sunday is a make-up day)', async () => {
    expect(await check('2025-09-25', '2025-10-09')).toEqual([]);
    expect(await check('2025-09-26', '2025-10-09')).toEqual(['2025-09-25']);
  });
  it('春节: 5 working days before 02-05 is 01-22 (01-26 Sunday is a make-up day)', async () => {
    expect(await check('2025-01-22', '2025-02-05')).toEqual([]);
    expect(await check('2025-01-23', '2025-02-05')).toEqual(['2025-01-22']);
  });
});
