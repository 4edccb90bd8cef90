import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-3b-VISIT-APPROVAL', {
  profile: '001-3b',
  header,
  valid: [
    { name: 'pass issued two days before', rows: [row('V1')], asOf: '2025-10-15' },
    { name: 'boundary: issued on the visit day', rows: [row('V1', { issued: '2025-10-10' })], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'pass issued after the visit', rows: [row('V1', { issued: '2025-10-11' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
    { name: 'no issue date', rows: [row('V1', { issued: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
  ],
});
