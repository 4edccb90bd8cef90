import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('001-1-KP1-TIER-IN-FILE', {
  profile: '001-1',
  header,
  valid: [{ name: 'graded customer', rows: [row('C1'), row('C2', { tier: '重点客户' })], asOf: '2025-10-15' }],
  invalid: [
    { name: 'no grade', rows: [row('C1', { tier: '' })], asOf: '2025-10-15', findings: [{ status: 'violation', column: '客户等级', row: 2 }] },
    { name: 'a grade the profile does not know', rows: [row('C1', { tier: 'VIP' })], asOf: '2025-10-15', findings: [{ status: 'invalid', column: '客户等级', row: 2 }] },
  ],
});
