import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-3.1-PLAN', {
  profile: '002-5',
  header,
  valid: [{ name: 'planned date and purpose', rows: [row('Y1', '2025-10-05 10:00')], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'no plan columns at all: indeterminate, naming them',
      header: header.filter((h) => h !== '计划回访日期' && h !== '回访目的'),
      rows: [row('Y1', '2025-10-05 10:00').filter((_, k) => k !== 8 && k !== 9)],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate' }, { status: 'indeterminate' }],
    },
  ],
});
