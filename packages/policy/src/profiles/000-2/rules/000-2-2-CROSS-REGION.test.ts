import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('000-2-2-CROSS-REGION', {
  profile: '000-2',
  header,
  valid: [
    { name: 'sold in its own region (spaces ignored)', rows: [row('D1', { sold: '石家庄 ' })], asOf: '2025-10-15' },
    { name: 'no flow region yet', rows: [row('D1', { sold: '' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'sold in another region: fine not configured (---倍)',
      rows: [row('D1', { sold: '保定' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '流向区域', row: 2, messageId: 'differ' }],
    },
  ],
});
