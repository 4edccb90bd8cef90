import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-2-9-CARD', {
  profile: '001-2',
  header,
  valid: [
    { name: 'complete card', rows: [row('C1', '2025-10-08')], asOf: '2025-10-15' },
    { name: 'card cells filled on any row of the customer', rows: [row('C1', '2025-09-08'), row('C1', '2025-10-08', { position: '', address: '' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'no position and no contact frequency',
      rows: [row('C1', '2025-10-08', { position: '', frequency: '' })],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '职位', row: 2 },
        { status: 'violation', column: '联系频率', row: 2 },
      ],
    },
    {
      name: 'an unreadable date is an invalid cell under this clause',
      rows: [row('C1', '十月初')],
      asOf: '2025-10-15',
      findings: [{ status: 'invalid', column: '回访日期', row: 2 }],
    },
  ],
});
