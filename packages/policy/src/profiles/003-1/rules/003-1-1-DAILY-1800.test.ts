import { ruleTester } from '../../../testing/rule-tester';
import { header, invitee } from '../test-rows';

const EVENT = '2025-10-12 14:00';

ruleTester('003-1-1-DAILY-1800', {
  profile: '003-1',
  header,
  valid: [
    { name: 'handed in at 17:59 the same day', rows: [invitee('K1', '第一事业部', '张三', '2025-10-08 10:00', EVENT, '2025-10-08 17:59')], asOf: '2025-10-15' },
    { name: 'confirmed at 18:30: counts for the next day, handed in before 18:00 then', rows: [invitee('K1', '第一事业部', '张三', '2025-10-08 18:30', EVENT, '2025-10-09 17:30')], asOf: '2025-10-15' },
    { name: 'eight days before the event: outside the week', rows: [invitee('K1', '第一事业部', '张三', '2025-10-04 10:00', EVENT, null)], asOf: '2025-10-15' },
    { name: 'during 国庆 the cut-off is the same (calendar days, not working days)', rows: [invitee('K1', '第二事业部', '李四', '2025-10-05 09:00', EVENT, '2025-10-05 16:00')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'handed in at 18:00 exactly is late ("6点前")', rows: [invitee('K1', '第一事业部', '张三', '2025-10-08 10:00', EVENT, '2025-10-08 18:00')], asOf: '2025-10-15', findings: [{ status: 'late', row: 2, dueAt: '2025-10-08T18:00+08:00' }] },
    { name: 'never handed in: overdue', rows: [invitee('K1', '第一事业部', '张三', '2025-10-10 10:00', EVENT, null)], asOf: '2025-10-11', findings: [{ status: 'overdue', row: 2, overdueDays: 1 }] },
  ],
});
