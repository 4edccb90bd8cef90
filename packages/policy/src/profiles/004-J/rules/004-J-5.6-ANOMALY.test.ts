import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('004-J-5.6-ANOMALY', {
  profile: '004-J',
  header,
  valid: [{ name: 'anomaly contact with its report number', rows: [row('來料異常', '2025-10-09 10:30', { form: 'QC-1009' })], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'anomaly contact not reflected in a report',
      rows: [row('來料異常', '2025-10-09 10:30')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '單據編號', row: 2 }],
    },
  ],
});
