import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-1-6.1-PLAN-FIELDS', {
  profile: '001-1',
  header,
  valid: [{ name: 'complete plan', rows: [row('C1')], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'no budget and no staff',
      rows: [row('C1', { budget: '', staff: '' })],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '维护人员', row: 2 },
        { status: 'violation', column: '维护费用预算', row: 2 },
      ],
    },
  ],
});
