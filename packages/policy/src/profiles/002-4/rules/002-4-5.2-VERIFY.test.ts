import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

const checked = (customer: string, at: string, audited: string | undefined, by = '张三') => call(customer, at, { by, audited, auditor: audited ? '王监督' : undefined });

ruleTester('002-4-5.2-VERIFY', {
  profile: '002-4',
  header,
  valid: [
    { name: 'three spot checks in September', rows: [checked('甲', '2025-09-02', '2025-09-10'), checked('乙', '2025-09-03', '2025-09-15'), checked('丙', '2025-09-04', '2025-09-30')], asOf: '2025-10-05' },
    { name: 'the month still open', rows: [checked('甲', '2025-10-02', '2025-10-10')], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'two in September, one of them on 10-01 (next month)',
      rows: [checked('甲', '2025-09-02', '2025-09-10'), checked('乙', '2025-09-03', '2025-09-15'), checked('丙', '2025-09-04', '2025-10-01')],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', dueAt: '2025-09-30', messageId: 'short' }],
    },
    { name: 'a salesperson never checked', rows: [checked('丁', '2025-09-05', undefined, '李四')], asOf: '2025-10-05', findings: [{ status: 'violation', dueAt: '2025-09-30' }] },
  ],
});
