import { describe, expect, it } from 'vitest';
import type { Finding } from '../rule/finding';
import { FindingLog } from './finding-log';

const citation = { file: 'x.md', section: '§1', quote: 'q' };
const finding = (ruleId: string, status: Finding['status'], row: number | null, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  status,
  severity: status === 'due-soon' ? 'info' : 'error',
  customer: row === null ? null : `K${row}`,
  row,
  messageId: 'm',
  data: {},
  citation,
  ...extra,
});

describe('FindingLog', () => {
  it('sorts by row (whole-ledger findings first), then rule ID, then status, then emission order', () => {
    const log = new FindingLog(['R-b', 'R-a']);
    const input = [
      finding('R-b', 'overdue', 5, { data: { n: 1 } }),
      finding('R-a', 'late', 5),
      finding('R-a', 'violation', 5),
      finding('R-b', 'overdue', 5, { data: { n: 2 } }),
      finding('R-b', 'indeterminate', null),
      finding('R-a', 'invalid', 3),
    ];
    for (const f of input) log.add(f);
    const { findings } = log.sorted();
    expect(findings.map((f) => [f.row, f.ruleId, f.status, f.data.n])).toEqual([
      [null, 'R-b', 'indeterminate', undefined],
      [3, 'R-a', 'invalid', undefined],
      [5, 'R-a', 'violation', undefined],
      [5, 'R-a', 'late', undefined],
      [5, 'R-b', 'overdue', 1],
      [5, 'R-b', 'overdue', 2],
    ]);
  });

  it('orders a long run of one row the same way (the path for more than a few findings a row)', () => {
    const log = new FindingLog(['A', 'B', 'C']);
    const ids = ['C', 'A', 'B'];
    for (let k = 0; k < 99; k++) log.add(finding(ids[k % 3], 'violation', 7, { data: { k } }));
    const order = log.sorted().findings.map((f) => `${f.ruleId}${f.data.k}`);
    const expected = ['A', 'B', 'C'].flatMap((id) => [...Array(99).keys()].filter((k) => ids[k % 3] === id).map((k) => `${id}${k}`));
    expect(order).toEqual(expected);
  });

  it('tallies counts in a fixed order, fines per payer and month, and escalations in reading order', () => {
    const log = new FindingLog(['R1', 'R2']);
    const fine = { amount: 50, currency: 'CNY' as const };
    log.add(finding('R2', 'due-soon', 9));
    log.add(finding('R1', 'overdue', 8, { fine, payer: '王磊', dueAt: '2025-03-10', escalateTo: ['经理'] }));
    log.add(finding('R1', 'overdue', 4, { fine: { min: 20, max: 100, currency: 'CNY' }, payer: '李强', dueAt: '2025-02-01', escalateTo: ['总经理'] }));
    log.add(finding('R1', 'violation', 6, { fine: { amount: null, currency: 'CNY', status: 'not-configured' }, payer: '王磊', dueAt: '2025-02-20' }));
    const { findings, position } = log.sorted();
    const t = log.tallies(findings, position);
    expect(t.findings).toBe(4);
    expect(Object.entries(t.byStatus)).toEqual([
      ['violation', 1],
      ['overdue', 2],
      ['due-soon', 1],
    ]);
    expect(Object.entries(t.bySeverity)).toEqual([
      ['error', 3],
      ['info', 1],
    ]);
    expect(t.byRule).toEqual({ R1: { violation: 1, overdue: 2 }, R2: { 'due-soon': 1 } });
    expect(t.fines).toMatchObject({ min: 70, max: 150, notConfigured: 1 });
    expect(Object.keys(t.fines.byPayerMonth)).toEqual(['李强', '王磊']);
    expect(Object.keys(t.fines.byPayerMonth['王磊'])).toEqual(['2025-02', '2025-03']);
    expect(t.fines.byPayerMonth['王磊']['2025-03']).toMatchObject({ min: 50, max: 50, notConfigured: 0 });
    expect(t.escalations).toEqual([
      { role: '总经理', ruleId: 'R1', customer: 'K4', row: 4 },
      { role: '经理', ruleId: 'R1', customer: 'K8', row: 8 },
    ]);
  });

  it('keeps the fines of a payer whose name (from a cell) is __proto__ or constructor', () => {
    const log = new FindingLog(['R1']);
    for (const [row, payer] of [[2, '__proto__'], [3, 'constructor']] as const) log.add(finding('R1', 'overdue', row, { fine: { amount: 50, currency: 'CNY' }, payer, dueAt: '2025-03-10' }));
    const { findings, position } = log.sorted();
    const byPayerMonth = log.tallies(findings, position).fines.byPayerMonth;
    expect(Object.keys(byPayerMonth)).toEqual(['__proto__', 'constructor']);
    expect(JSON.parse(JSON.stringify(byPayerMonth)).__proto__['2025-03']).toMatchObject({ min: 50, max: 50 });
  });

  it('books a run of missed periods once per period, each in its own due month', () => {
    const log = new FindingLog(['R']);
    const dues = ['2025-08-31', '2025-09-07', '2025-09-14'];
    log.add(finding('R', 'violation', 4, { payer: '张三', dueAt: dues[0], fine: { amount: 150, currency: 'CNY' }, missed: { periods: 3, since: dues[0], dues, ongoing: true } }));
    log.add(finding('R', 'violation', 6, { payer: '张三', dueAt: '2025-09-21', fine: { amount: null, currency: 'CNY', status: 'not-configured' }, missed: { periods: 2, since: '2025-09-21', dues: ['2025-09-21', '2025-09-28'], ongoing: false } }));
    const { findings, position } = log.sorted();
    const { fines } = log.tallies(findings, position);
    expect([fines.min, fines.max, fines.notConfigured]).toEqual([150, 150, 2]);
    expect(fines.byPayerMonth['张三']['2025-08']).toMatchObject({ min: 50, max: 50, notConfigured: 0 });
    expect(fines.byPayerMonth['张三']['2025-09']).toMatchObject({ min: 100, max: 100, notConfigured: 2 });
  });
});
