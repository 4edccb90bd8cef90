import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '客户意见建议', '意见答复日期'];
const said = (at: string, reply: string | null) => cb({ type: '持续回访', at }, '希望增加线上查询功能', reply);

// 国庆 2025: 10-01..08 off, 10-11 (Sat) a make-up working day. 春节 2025: 01-28..02-04 off, 01-26 (Sun) and 02-08 (Sat) make-up.
ruleTester('000-3-10-OPINION-5WD', {
  profile: '000-3',
  header,
  valid: [
    { name: '国庆: collected 09-30, answered 10-14 (5th working day)', rows: [said('2025-09-30 10:30', '2025-10-14')], asOf: '2025-10-20' },
    { name: '春节: collected 01-27, answered 02-08 (make-up Saturday, 4th working day)', rows: [said('2025-01-27 10:30', '2025-02-08')], asOf: '2025-02-20' },
    { name: 'no opinion, nothing to answer', rows: [cb({}, null, null)], asOf: '2025-10-20' },
  ],
  invalid: [
    { name: '国庆: answered 10-15', rows: [said('2025-09-30 10:30', '2025-10-15')], asOf: '2025-10-20', findings: [{ status: 'late', row: 2, column: '意见答复日期', dueAt: '2025-10-14' }] },
    { name: 'never answered', rows: [said('2025-09-30 10:30', null)], asOf: '2025-10-20', findings: [{ status: 'overdue', row: 2, dueAt: '2025-10-14', overdueDays: 6 }] },
  ],
});
