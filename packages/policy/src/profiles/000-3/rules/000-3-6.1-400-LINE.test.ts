import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '外呼线路', '未用400原因'];

ruleTester('000-3-6.1-400-LINE', {
  profile: '000-3',
  header,
  valid: [
    { name: 'the 400 line', rows: [cb({}, '400', null)], asOf: '2025-03-10' },
    { name: 'a mobile while the recording system was down', rows: [cb({}, '手机', '400录音系统故障')], asOf: '2025-03-10' },
  ],
  invalid: [{ name: 'another phone without a reason', rows: [cb({}, '其他电话', null)], asOf: '2025-03-10', findings: [{ status: 'violation', severity: 'error', row: 2, column: '未用400原因' }] }],
});
