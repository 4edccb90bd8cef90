import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-12.3-WINDOW', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: 'window starts and ends, inclusive', rows: [cb({ at: '2025-03-05 10:00' }), cb({ at: '2025-03-05 11:00' }), cb({ at: '2025-03-06 14:00' }), cb({ at: '2025-03-06 16:00' })], asOf: '2025-03-10' },
    { name: 'make-up working days 2025-01-26 (Sun), 2025-09-28 (Sun) and 2025-10-11 (Sat)', rows: [cb({ at: '2025-01-26 10:30' }), cb({ at: '2025-09-28 14:30' }), cb({ at: '2025-10-11 15:00' })], asOf: '2025-10-15' },
    { name: 'an SMS is not a call', rows: [cb({ at: '2025-03-05 20:00', channel: '短信', outcome: '已回复' })], asOf: '2025-03-10' },
  ],
  invalid: [
    { name: '11:01 and 13:59 are outside', rows: [cb({ at: '2025-03-05 11:01' }), cb({ at: '2025-03-05 13:59' })], asOf: '2025-03-10', findings: [{ status: 'violation', severity: 'warning', row: 2, messageId: 'outside' }, { row: 3, messageId: 'outside' }] },
    { name: '国庆 and 春节 holidays, a plain Saturday', rows: [cb({ at: '2025-10-03 10:30' }), cb({ at: '2025-01-28 10:30' }), cb({ at: '2025-03-08 10:30' })], asOf: '2025-10-15', findings: [{ row: 2, messageId: 'not-workday' }, { row: 3, messageId: 'not-workday' }, { row: 4, messageId: 'not-workday' }] },
  ],
});
