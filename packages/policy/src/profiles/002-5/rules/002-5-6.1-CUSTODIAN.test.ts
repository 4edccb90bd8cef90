import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-6.1-CUSTODIAN', {
  profile: '002-5',
  header,
  valid: [
    { name: 'a custodian named', rows: [row('Y1', '2025-10-05 10:00')], asOf: '2025-10-15' },
    { name: 'makers are not concerned', rows: [row('C1', '2025-10-05 10:00', { type: '创客', custodian: null })], asOf: '2025-10-15' },
  ],
  invalid: [{ name: 'no custodian for a tourist', rows: [row('Y1', '2025-10-05 10:00', { custodian: null })], asOf: '2025-10-15', findings: [{ status: 'violation', column: '保管人' }] }],
});
