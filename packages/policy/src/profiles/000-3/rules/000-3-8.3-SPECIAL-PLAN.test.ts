import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const header = [...HEADER, '计划审批日期'];
const special = { type: '专项回访', at: '2025-09-10 10:30' };

ruleTester('000-3-8.3-SPECIAL-PLAN', {
  profile: '000-3',
  header,
  valid: [
    { name: 'plan approved the day before', rows: [cb(special, '2025-09-09')], asOf: '2025-09-30' },
    { name: 'approved the same day', rows: [cb({ ...special, type: '投诉回访' }, '2025-09-10')], asOf: '2025-09-30' },
    { name: 'regular callbacks need no special plan', rows: [cb({}, null)], asOf: '2025-09-30' },
  ],
  invalid: [
    { name: 'approved after the callback', rows: [cb(special, '2025-09-11')], asOf: '2025-09-30', findings: [{ status: 'violation', row: 2, messageId: 'after' }] },
    { name: 'no approval at all', rows: [cb({ ...special, type: '解约回访' }, null)], asOf: '2025-09-30', findings: [{ status: 'violation', row: 2, messageId: 'missing' }] },
  ],
});
