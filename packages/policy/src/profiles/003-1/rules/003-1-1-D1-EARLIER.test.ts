import { ruleTester } from '../../../testing/rule-tester';
import { header, invitee } from '../test-rows';

const EVENT = '2025-10-12 14:00';

ruleTester('003-1-1-D1-EARLIER', {
  profile: '003-1',
  header,
  valid: [
    { name: 'Division 1 confirms the day before at 17:59', rows: [invitee('K1', '第一事业部', '张三', '2025-10-11 17:59', EVENT, '2025-10-11 17:59')], asOf: '2025-10-15' },
    { name: 'Division 2 may confirm on the event day', rows: [invitee('K1', '第二事业部', '李四', '2025-10-12 09:00', EVENT, '2025-10-12 09:30')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'Division 1 confirming after 18:00 the day before (counts as the event day)', rows: [invitee('K1', '第一事业部', '张三', '2025-10-11 18:00', EVENT, '2025-10-12 09:00')], asOf: '2025-10-15', findings: [{ status: 'late', severity: 'warning', row: 2 }] },
    { name: 'Division 1 confirming on the event day', rows: [invitee('K1', '第一事业部', '张三', '2025-10-12 08:00', EVENT, '2025-10-12 09:00')], asOf: '2025-10-15', findings: [{ status: 'late', severity: 'warning' }] },
  ],
});
