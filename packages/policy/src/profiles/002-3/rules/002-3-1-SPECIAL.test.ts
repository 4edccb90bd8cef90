import { ruleTester } from '../../../testing/rule-tester';
import { header, visit } from '../test-rows';

const special = (at: string, channel: string) => visit('李总', null, at, { tier: '特殊客户', channel });

ruleTester('002-3-1-SPECIAL', {
  profile: '002-3',
  header,
  valid: [
    { name: 'a visit in September (August is the first, partial month)', rows: [special('2025-08-20', '电话'), special('2025-09-12', '上门')], asOf: '2025-10-15' },
    { name: 'ordinary customers need no visit', rows: [visit('王先生', '2025-08-01', '2025-08-05')], asOf: '2025-10-15' },
  ],
  invalid: [{ name: 'only calls in September', rows: [special('2025-08-20', '电话'), special('2025-09-12', '电话')], asOf: '2025-10-15', findings: [{ status: 'violation', severity: 'warning', dueAt: '2025-09-30' }] }],
});
