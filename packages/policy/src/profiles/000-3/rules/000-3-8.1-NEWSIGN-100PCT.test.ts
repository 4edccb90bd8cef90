import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-8.1-NEWSIGN-100PCT', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: 'every client due in September done', rows: [cb({ signed: '2025-08-10', at: '2025-08-12 10:30' }), cb({ id: 'L002', signed: '2025-08-31', at: '2025-09-30 10:30' })], asOf: '2025-10-15' },
    { name: 'October is still open', rows: [cb({ signed: '2025-09-10', at: null, type: null })], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'one of two clients due in September missed: 50%',
      rows: [cb({ signed: '2025-08-10', at: '2025-08-12 10:30' }), cb({ id: 'L002', signed: '2025-08-12', at: null, type: null })],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', severity: 'error', row: null, customer: null, dueAt: '2025-09-30', messageId: 'below-target' }],
    },
  ],
});
