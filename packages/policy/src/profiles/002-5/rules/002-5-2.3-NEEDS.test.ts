import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

ruleTester('002-5-2.3-NEEDS', {
  profile: '002-5',
  header,
  valid: [
    { name: 'needs registered, or 无', rows: [row('Y1', '2025-10-05 10:00', { needs: '想报春节海南游' }), row('Y2', '2025-10-05 11:00')], asOf: '2025-10-15' },
    { name: '§16 A3: an unanswered call is no callback and has no needs to register', rows: [row('Y1', '2025-10-05 10:00', { outcome: '无人接听', needs: null })], asOf: '2025-10-15' },
  ],
  invalid: [{ name: 'needs left blank', rows: [row('Y1', '2025-10-05 10:00', { needs: null })], asOf: '2025-10-15', findings: [{ status: 'violation', column: '客户需求' }] }],
});
