import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER, missed } from '../test-rows';

ruleTester('000-3-12.3-RETRY-3', {
  profile: '000-3',
  header: HEADER,
  valid: [
    {
      name: 'morning, afternoon, next morning, then declared unreachable',
      rows: [missed({ at: '2025-03-05 10:30' }), missed({ at: '2025-03-05 14:30' }), missed({ at: '2025-03-06 10:30', outcome: '联系不上', content: '三次未接，转理财经理核实电话' })],
      asOf: '2025-03-20',
    },
    { name: 'reached on the second try', rows: [missed({ at: '2025-03-05 10:30' }), cb({ at: '2025-03-05 14:30' })], asOf: '2025-03-20' },
    { name: 'still trying within 7 days', rows: [missed({ at: '2025-03-05 10:30' })], asOf: '2025-03-11' },
  ],
  invalid: [
    { name: 'given up after two calls', rows: [missed({ at: '2025-03-05 10:30' }), missed({ at: '2025-03-06 14:30', outcome: '联系不上，放弃' })], asOf: '2025-03-20', findings: [{ status: 'violation', row: 3, column: '回访结果', messageId: 'too-few' }] },
    { name: 'three calls in one morning, then silence for 7 days', rows: [missed({ at: '2025-03-05 10:00' }), missed({ at: '2025-03-05 10:20' }), missed({ at: '2025-03-05 10:40' })], asOf: '2025-03-12', findings: [{ status: 'violation', row: 4 }] },
    {
      // 接没接不清楚 says neither reached nor not: that row may have reached the client.
      name: 'given up after two calls and a row whose outcome cannot be read: indeterminate, naming that row',
      rows: [missed({ at: '2025-03-05 10:30' }), missed({ at: '2025-03-05 14:30', outcome: '接没接不清楚' }), missed({ at: '2025-03-06 14:30', outcome: '联系不上，放弃' })],
      asOf: '2025-03-20',
      findings: [{ status: 'indeterminate', row: 3, column: '回访结果', messageId: 'unsure-contact' }],
    },
    {
      name: 'a 15-second ring is no valid attempt',
      rows: [missed({ at: '2025-03-05 10:30', ring: 15 }), missed({ at: '2025-03-05 14:30' }), missed({ at: '2025-03-06 10:30', outcome: '联系不上' })],
      asOf: '2025-03-20',
      findings: [{ status: 'violation', row: 4 }],
    },
  ],
});
