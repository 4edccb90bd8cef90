import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-3c-GIFT-APPROVAL', {
  profile: '001-3c',
  header,
  valid: [
    { name: 'approved a week before', rows: [row('G1')], asOf: '2025-10-15' },
    { name: 'boundary: approved the same day', rows: [row('G1', { approved: '2025-09-28' })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'given before approval', rows: [row('G1', { approved: '2025-09-30' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
    { name: 'never approved', rows: [row('G1', { approved: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
  ],
});
