import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate';
import { caseTable, ruleTester } from '../../../testing/rule-tester';
import { getProfile } from '../..';
import { header, invitee } from '../test-rows';

const EVENT = '2025-10-12 19:00';
const lateDay = [
  invitee('K1', '第一事业部', '张三', '2025-10-08 10:00', EVENT, '2025-10-08 20:00'),
  invitee('K2', '第一事业部', '王五', '2025-10-08 11:00', EVENT, '2025-10-08 20:00'),
  invitee('K3', '第二事业部', '李四', '2025-10-08 11:00', EVENT, '2025-10-08 17:00'),
];

ruleTester('003-1-3-LATE-10', {
  profile: '003-1',
  header,
  valid: [
    { name: 'both divisions on time', rows: [lateDay[2], invitee('K4', '第一事业部', '张三', '2025-10-09 10:00', EVENT, '2025-10-09 12:00')], asOf: '2025-10-15' },
    { name: 'the event day itself is not "within the week before"', rows: [invitee('K1', '第一事业部', '张三', '2025-10-12 09:00', EVENT, null)], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'one late file holding two invitees is one instance', rows: lateDay, asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-10-08T18:00+08:00', messageId: 'group-late' }] },
    { name: 'a missing file (不交) is an instance too', rows: [invitee('K1', '第二事业部', '李四', '2025-10-09 10:00', EVENT, null)], asOf: '2025-10-15', findings: [{ status: 'overdue', messageId: 'group-overdue' }] },
  ],
});

describe('003-1-3-LATE-10 fine', () => {
  it('10 yuan per instance, paid by the division head', async () => {
    const report = await evaluate(caseTable(header, lateDay), getProfile('003-1'), { asOf: '2025-10-15' });
    const fines = report.findings.filter((f) => f.ruleId === '003-1-3-LATE-10').map((f) => f.fine);
    expect(fines).toEqual([{ amount: 10, currency: 'CNY' }]);
    expect(getProfile('003-1').rules.find((r) => r.id === '003-1-3-LATE-10')!.fine!.payer).toBe('事业部负责人');
  });
});
