import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '回访语言', '客户要求方言'];

ruleTester('000-3-12.2-MANDARIN', {
  profile: '000-3',
  header,
  valid: [
    { name: 'Mandarin', rows: [cb({}, '普通话', null)], asOf: '2025-03-10' },
    { name: 'dialect at the client\'s request', rows: [cb({}, '本地话', '客户要求用本地话介绍')], asOf: '2025-03-10' },
  ],
  invalid: [{ name: 'dialect without a request', rows: [cb({}, '粤语', null)], asOf: '2025-03-10', findings: [{ status: 'violation', row: 2, column: '客户要求方言' }] }],
});
