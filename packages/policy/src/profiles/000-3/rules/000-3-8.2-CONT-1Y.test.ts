import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const start = cb({ signed: '2024-03-04', at: '2024-03-06 10:30' });
const yearly = (at: string) => cb({ signed: '2024-03-04', at, type: '持续回访', content: '了解理财经理服务，客户满意' });

ruleTester('000-3-8.2-CONT-1Y', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: 'one continuing callback in 2024 and one in 2025', rows: [start, yearly('2024-11-05 10:30'), yearly('2025-12-31 15:00')], asOf: '2026-01-10' },
    { name: 'the current year is still open', rows: [start, yearly('2024-11-05 10:30')], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'none in 2025: a violation at the year end',
      rows: [start, yearly('2024-11-05 10:30')],
      asOf: '2026-01-10',
      findings: [{ status: 'violation', severity: 'error', row: 3, dueAt: '2025-12-31', messageId: 'short' }],
    },
    {
      // 持读回访 is no type of 第七条 (是否应为「持续回访」？): it may be 2025's continuing callback.
      name: '2025\'s only callback typed 持读回访: indeterminate, naming the row',
      rows: [start, yearly('2024-11-05 10:30'), cb({ signed: '2024-03-04', at: '2025-06-05 10:30', type: '持读回访', content: '了解理财经理服务，客户满意' })],
      asOf: '2026-01-10',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 4, column: '回访类型' }],
    },
    { name: 'the new-signing callback is not a continuing one', rows: [start, cb({ signed: '2024-03-04', at: '2024-03-20 10:30' })], asOf: '2025-01-10', findings: [{ status: 'violation', dueAt: '2024-12-31' }] },
  ],
});
