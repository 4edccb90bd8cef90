import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

const ship = '2025-10-10 09:00';

ruleTester('004-J-5.7-PRESHIP', {
  profile: '004-J',
  header,
  valid: [
    { name: 'reconfirmed the day before shipping', rows: [row('出貨確認', '2025-10-09 15:00', { ship })], asOf: '2025-10-15' },
    { name: 'the document gives no number of days: a reconfirmation 8 days ahead counts', rows: [row('出貨確認', '2025-10-02 15:00', { ship })], asOf: '2025-10-15' },
    {
      name: 'two shipments, each reconfirmed after the previous one',
      rows: [row('出貨確認', '2025-10-09 15:00', { ship }), row('出貨確認', '2025-10-12 10:00'), row('交期變更', '2025-10-13 10:00', { ship: '2025-10-20 09:00' })],
      asOf: '2025-10-25',
    },
    { name: 'boundary: on the shipping day', rows: [row('出貨時間再確認', '2025-10-10 08:00', { ship })], asOf: '2025-10-15' },
    { name: 'a shipment still ahead, more than a day away', rows: [row('訂單疑問', '2025-10-09 15:00', { ship: '2025-10-20 09:00' })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'shipped without a reconfirmation',
      rows: [row('訂單疑問', '2025-10-01 15:00', { ship })],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-10-10', overdueDays: 5, row: 2 }],
    },
    {
      name: 'confirmation attempted but no result recorded',
      rows: [row('出貨確認', '2025-10-09 15:00', { ship, result: '' })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'warning', messageId: 'attempted' }],
    },
    {
      name: 'a second shipment needs its own reconfirmation: the one before the first shipment is the first\'s',
      rows: [row('出貨確認', '2025-10-09 15:00', { ship }), row('交期變更', '2025-10-12 10:00', { ship: '2025-10-20 09:00' })],
      asOf: '2025-10-25',
      findings: [{ status: 'overdue', dueAt: '2025-10-20', row: 3 }],
    },
    {
      name: 'due tomorrow: due soon',
      rows: [row('訂單疑問', '2025-10-09 15:00', { ship: '2025-10-16 09:00' })],
      asOf: '2025-10-15',
      findings: [{ status: 'due-soon', dueAt: '2025-10-16' }],
    },
  ],
});
