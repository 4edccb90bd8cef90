import { ruleTester } from '../../../testing/rule-tester';
import { header, invitee } from '../test-rows';

ruleTester('003-1-3-EVENTDAY', {
  profile: '003-1',
  header,
  valid: [
    { name: 'afternoon event, handed in 09:59', rows: [invitee('K1', '第一事业部', '张三', '2025-10-12 08:00', '2025-10-12 14:00', '2025-10-12 09:59')], asOf: '2025-10-15' },
    { name: 'evening event, handed in 15:59', rows: [invitee('K1', '第二事业部', '李四', '2025-10-12 11:00', '2025-10-12 19:00', '2025-10-12 15:59')], asOf: '2025-10-15' },
    { name: 'confirmed days before: the daily files apply, not this rule', rows: [invitee('K1', '第一事业部', '张三', '2025-10-09 08:00', '2025-10-12 14:00', null)], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'afternoon event, handed in at 10:00', rows: [invitee('K1', '第一事业部', '张三', '2025-10-12 08:00', '2025-10-12 14:00', '2025-10-12 10:00')], asOf: '2025-10-15', findings: [{ status: 'late', dueAt: '2025-10-12T10:00+08:00' }] },
    { name: 'confirmed the evening before after 18:00 counts as the event day; never handed in', rows: [invitee('K1', '第二事业部', '李四', '2025-10-11 19:00', '2025-10-12 19:00', null)], asOf: '2025-10-13', findings: [{ status: 'overdue', dueAt: '2025-10-12T16:00+08:00' }] },
    { name: 'an event date without a time: indeterminate', rows: [invitee('K1', '第一事业部', '张三', '2025-10-12 08:00', '2025-10-12', '2025-10-12 09:00')], asOf: '2025-10-15', findings: [{ status: 'indeterminate', messageId: 'anchor-no-time' }] },
  ],
});
