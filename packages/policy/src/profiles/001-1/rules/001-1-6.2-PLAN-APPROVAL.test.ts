import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-1-6.2-PLAN-APPROVAL', {
  profile: '001-1',
  header,
  valid: [
    { name: 'approved before the work', rows: [row('C1')], asOf: '2025-10-15' },
    { name: 'boundary: approved the same day', rows: [row('C1', { approved: '2025-09-10' })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'work started before the approval', rows: [row('C1', { approved: '2025-09-12' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
    { name: 'no approval at all', rows: [row('C1', { approved: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
  ],
});
