import { expect, it } from 'vitest';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '联系电话'];

ruleTester('000-3-4.3-CS-FILE', {
  profile: '000-3',
  header,
  valid: [
    { name: 'name, phone, manager and signing date on file', rows: [cb({}, '13900000001')], asOf: '2025-03-10' },
    { name: 'written once is enough', rows: [cb({}, '13900000001'), cb({ at: '2025-06-05 10:30', fm: null, signed: null }, null)], asOf: '2025-06-10' },
  ],
  invalid: [
    { name: 'no phone anywhere in the file', rows: [cb({}, null)], asOf: '2025-03-10', findings: [{ status: 'violation', customer: 'L001', row: 2, column: '联系电话' }] },
    { name: 'no manager and no signing date: two items', rows: [cb({ fm: null, signed: null }, '13900000001')], asOf: '2025-03-10', findings: [{ column: '理财经理' }, { column: '签约日期' }] },
  ],
});

it('000-3-4.3-CS-FILE: each missing item is priced 100-300 yuan, paid by customer-service staff', async () => {
  const [f] = await findingsOf('000-3-4.3-CS-FILE', '000-3', header, { name: 'fine', rows: [cb({}, null)], asOf: '2025-03-10' });
  expect(f.fine).toEqual({ min: 100, max: 300, currency: 'CNY' });
});
