import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '记录销毁日期'];

ruleTester('000-3-2-REC-3Y', {
  profile: '000-3',
  header,
  valid: [
    { name: 'destroyed the day after the third anniversary', rows: [cb({ signed: '2022-03-01', at: '2022-03-05 10:30' }, '2025-03-06')], asOf: '2025-10-15' },
    { name: 'not destroyed', rows: [cb({}, null)], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'destroyed on the third anniversary (kept until the end of that day)', rows: [cb({ signed: '2022-03-01', at: '2022-03-05 10:30' }, '2025-03-05')], asOf: '2025-10-15', findings: [{ status: 'violation', severity: 'error', row: 2, messageId: 'destroyed-early' }] },
  ],
});
