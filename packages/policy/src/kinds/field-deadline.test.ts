import { describe, expect, it } from 'vitest';
import type { RecordFilter } from '../rule/record-filter';
import type { RuleInput } from '../profile/schema';
import { findingsOfKind } from '../testing/kind-check';
import { evaluate } from '../engine/evaluate';
import { getProfile, PROFILE_IDS } from '../profiles';
import { renderFinding } from '../report/messages';
import { vagueTimeWords } from './shared';
import { FIELDS } from '../ledger/fields';

const run = (params: object, header: string[], rows: (string | null)[][], asOf: string, rule: Partial<RuleInput> = {}) => findingsOfKind('field-deadline', params, header, rows, asOf, {}, rule);

describe('field-deadline in hours (inquiry answered within 24 h)', () => {
  const params = { from: 'inquiryAt', to: 'responseAt', unit: 'hours', within: 24 };
  const header = ['客户编号', '来询时间', '答复时间'];
  it('24 h 00 min is in time, 24 h 01 min is late', async () => {
    const found = await run(params, header, [['C1', '2025-03-05 09:30', '2025-03-06 09:30'], ['C2', '2025-03-05 09:30', '2025-03-06 09:31']], '2025-03-10');
    expect(found).toMatchObject([{ status: 'late', row: 3, dueAt: '2025-03-06T09:30+08:00', overdueDays: 1, column: '答复时间', data: { done: '2025-03-06 09:31' } }]);
  });
  it('a blank answer is overdue once the due moment passed, due soon before', async () => {
    const rows = [['C1', '2025-03-05 09:30', null]];
    expect(await run(params, header, rows, '2025-03-06T09:30')).toMatchObject([{ status: 'due-soon', dueAt: '2025-03-06T09:30+08:00' }]);
    expect(await run(params, header, rows, '2025-03-06T09:31')).toMatchObject([{ status: 'overdue', overdueDays: 1, column: '答复时间' }]);
    expect(await run(params, header, rows, '2025-03-04')).toEqual([]);
  });
  it('needs minutes on both sides, else indeterminate (catalog §0.5-5)', async () => {
    const found = await run(params, header, [['C1', '2025-03-05', '2025-03-05 15:00'], ['C2', '2025-03-05 09:30', '2025-03-06']], '2025-03-10');
    expect(found.map((f) => [f.row, f.status, f.messageId])).toEqual([
      [2, 'indeterminate', 'anchor-no-time'],
      [3, 'indeterminate', 'done-no-time'],
    ]);
  });
  it('a date-only answer provably before or after the due moment is judged', async () => {
    const found = await run({ ...params, within: 48 }, header, [['C1', '2025-03-05 09:30', '2025-03-06'], ['C2', '2025-03-05 09:30', '2025-03-08']], '2025-03-10');
    expect(found.map((f) => [f.row, f.status])).toEqual([[3, 'late']]);
  });
  it('minutes work as hours do', async () => {
    const found = await run({ ...params, unit: 'minutes', within: 90 }, header, [['C1', '2025-03-05 09:30', '2025-03-05 11:00'], ['C2', '2025-03-05 09:30', '2025-03-05 11:01']], '2025-03-10');
    expect(found.map((f) => [f.row, f.status])).toEqual([[3, 'late']]);
  });
  it('no number in the document: not configured, once', async () => {
    const found = await run({ ...params, within: null }, header, [['C1', '2025-03-05 09:30', null]], '2025-03-10');
    // The test rule's clause ('q') names no time at all.
    expect(found.map((f) => [f.row, f.status, f.messageId])).toEqual([[null, 'not-configured', 'not-configured-no-limit']]);
  });
  it('a missing answer column is reported once as indeterminate', async () => {
    const found = await run(params, ['客户编号', '来询时间'], [['C1', '2025-03-05 09:30']], '2025-03-10');
    expect(found.map((f) => [f.status, f.messageId, f.column])).toEqual([['indeterminate', 'missing-column', '答复时间']]);
  });
});

describe('field-deadline in calendar days and working days', () => {
  const header = ['客户编号', '回访时间', '备案日期', '回访方式'];
  it('days: the start day is not counted', async () => {
    const params = { from: 'contactAt', to: 'registeredAt', unit: 'days', within: 2 };
    const found = await run(params, header, [['C1', '2025-03-05', '2025-03-07', null], ['C2', '2025-03-05', '2025-03-08', null]], '2025-03-10');
    expect(found).toMatchObject([{ status: 'late', row: 3, dueAt: '2025-03-07', overdueDays: 1 }]);
  });
  it('workdays across 国庆 2025 and the Saturday make-up day 10-11', async () => {
    // 2025-09-30 + 5 working days: 10-09, 10-10, 10-11 (Sat, 调休), 10-13, 10-14.
    const params = { from: 'contactAt', to: 'registeredAt', unit: 'workdays', within: 5 };
    const found = await run(params, header, [['C1', '2025-09-30', '2025-10-14', null], ['C2', '2025-09-30', '2025-10-15', null], ['C3', '2025-09-30', null, null]], '2025-10-20');
    expect(found.map((f) => [f.row, f.status, f.dueAt, f.overdueDays])).toEqual([
      [3, 'late', '2025-10-14', 1],
      [4, 'overdue', '2025-10-14', 6],
    ]);
  });
  it('workdays across 春节 2025 (01-28..02-04 off, 02-08 Sat make-up)', async () => {
    // 2025-01-27 + 3 working days: 02-05, 02-06, 02-07.
    const params = { from: 'contactAt', to: 'registeredAt', unit: 'workdays', within: 3 };
    const found = await run(params, header, [['C1', '2025-01-27', '2025-02-07', null], ['C2', '2025-01-27', '2025-02-08', null]], '2025-02-20');
    expect(found.map((f) => [f.row, f.status, f.dueAt])).toEqual([[3, 'late', '2025-02-07']]);
  });
  it('outside the known years: calendar unknown', async () => {
    const params = { from: 'contactAt', to: 'registeredAt', unit: 'workdays', within: 5 };
    const found = await run(params, header, [['C1', '2040-03-05', null, null]], '2040-04-01');
    expect(found.map((f) => [f.status, f.messageId])).toEqual([['indeterminate', 'calendar-unknown']]);
  });
  it('customer scope: from the first contact to the earliest registration on any row', async () => {
    const params = { from: 'contactAt', to: 'registeredAt', unit: 'days', within: 5, scope: 'customer' };
    const rows = [
      ['C1', '2025-03-01', null, null],
      ['C1', '2025-03-20', '2025-03-06', null],
      ['C2', '2025-03-01', null, null],
      ['C2', '2025-03-02', '2025-03-09', null],
    ];
    const found = await run(params, header, rows, '2025-03-30');
    expect(found.map((f) => [f.row, f.status, f.dueAt])).toEqual([[5, 'late', '2025-03-06']]);
  });
  it('records: records where the filter holds', async () => {
    const params = { from: 'contactAt', to: 'registeredAt', unit: 'days', within: 1 };
    const records: RecordFilter = { channels: ['phone'] };
    const found = await run(params, header, [['C1', '2025-03-05', null, '电话'], ['C2', '2025-03-05', null, '短信']], '2025-03-10', { records });
    expect(found.map((f) => [f.row, f.status])).toEqual([[2, 'overdue']]);
  });
});

describe('not configured: each rule quotes its own clause (issue 13)', () => {
  it('finds the clause\'s own words, in order, 不定期 not read as 定期', () => {
    expect(vagueTimeWords('客户关系专员定期将维护工作推行情况向客户服务主管汇报')).toEqual({ zh: '“定期”', en: '"periodically" (定期)' });
    expect(vagueTimeWords('第一时间获得故障信息的公司员工应及时通知相关部门和人员').zh).toBe('“第一时间”“及时”');
    expect(vagueTimeWords('不定期抽查').zh).toBe('“不定期”');
    expect(vagueTimeWords('并在解决后进行回访,确保问题得到解决')).toEqual({ zh: '', en: '' });
  });
  it('every built-in field deadline without a number says what its own clause says (001-1-7.2-PERIODIC: 定期, not 及时)', async () => {
    const seen: string[] = [];
    for (const id of PROFILE_IDS) {
      const profile = getProfile(id);
      // A one-row ledger with the profile's essential columns: not configured needs no others.
      const dates = [...new Set(['contactAt', ...profile.essentialColumns] as const)].map((f) => (profile.headers?.[f] ?? FIELDS[f].headers)[0]);
      const report = await evaluate({ sheet: 's', rows: [['客户编号', ...dates], ['C1', ...dates.map(() => '2025-03-05 10:00')]] }, profile, { asOf: '2025-03-10' });
      for (const f of report.findings) {
        const rule = profile.rules.find((r) => r.id === f.ruleId)!;
        if (rule.kind !== 'field-deadline' || f.status !== 'not-configured') continue;
        const zh = renderFinding(f, profile, 'zh');
        const en = renderFinding(f, profile, 'en');
        seen.push(rule.id);
        expect(zh).toContain(`原文“${rule.citation.quote}”`);
        expect(en).toContain(rule.citation.quote);
        const words = vagueTimeWords(rule.citation.quote);
        if (words.zh) expect(zh).toContain(`只说${words.zh}`);
        else expect(zh).toContain('没有给出期限');
        // No clause is said to read 及时 unless it does.
        if (!rule.citation.quote.includes('及时')) expect(zh).not.toContain('及时');
      }
    }
    expect(seen).toContain('001-1-7.2-PERIODIC');
    const periodic = getProfile('001-1');
    const report = await evaluate({ sheet: 's', rows: [['客户编号', '回访时间'], ['C1', '2025-03-05 10:00']] }, periodic, { asOf: '2025-03-10' });
    const f = report.findings.find((x) => x.ruleId === '001-1-7.2-PERIODIC')!;
    expect(renderFinding(f, periodic, 'zh')).toBe('「客户关系专员定期汇报维护工作推行情况」未配置：原文“客户关系专员定期将维护工作推行情况向客户服务主管汇报”只说“定期”，没有给出具体数字；请在规则配置中设定期限（within）。');
  });
});

describe('field-deadline ahead: a lead time (重要客户需要提前5天进行预约申请)', () => {
  const params = { mode: 'ahead', from: 'contactAt', to: 'bookedAt', atLeast: 5 };
  const header = ['客户编号', '预约日期', '回访日期'];
  it('booked 5 days ahead passes (inclusive); 4 days is short; no booking is missing', async () => {
    const rows = [['C1', '2025-03-05', '2025-03-10'], ['C2', '2025-03-06', '2025-03-10'], ['C3', null, '2025-03-10']];
    const found = await run(params, header, rows, '2025-03-20');
    expect(found.map((f) => [f.row, f.status, f.messageId, f.column, f.dueAt])).toEqual([
      [3, 'violation', 'short', '预约日期', '2025-03-05'],
      [4, 'violation', 'missing', '预约日期', undefined],
    ]);
    expect(found[0].data).toMatchObject({ days: 4, min: 5 });
  });
  it('in working days, across 国庆 2025', async () => {
    // 10-09 back 5 working days (10-01..08 off): 09-30, 09-29, 09-28 (a make-up Sunday), 09-26, 09-25.
    const p = { ...params, unit: 'workdays' };
    expect(await run(p, header, [['C1', '2025-09-25', '2025-10-09']], '2025-10-20')).toEqual([]);
    expect((await run(p, header, [['C1', '2025-09-26', '2025-10-09']], '2025-10-20')).map((f) => [f.messageId, f.dueAt])).toEqual([['short', '2025-09-25']]);
  });
  it('working days in a year the calendar does not know: calendar-unknown', async () => {
    const found = await run({ ...params, unit: 'workdays' }, header, [['C1', '2040-03-01', '2040-03-10']], '2040-04-01');
    expect(found.map((f) => [f.status, f.messageId])).toEqual([['indeterminate', 'calendar-unknown']]);
  });
});
