import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '生日/寿辰', '庆典日期', '活动类型'];

ruleTester('000-5-1.1-EVENT-NOTE', {
  profile: '000-5',
  header,
  valid: [
    { name: 'birthday and celebration noted', rows: [['G1', '1960-06-20', null, '寿辰'], ['G2', null, '2025-09-30', '企业庆典']], asOf: '2025-10-15' },
    { name: 'a guest without an occasion', rows: [['G3', null, null, null]], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'a birthday without the occasion', rows: [['G1', '1960-06-20', null, null]], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '活动类型' }] },
  ],
});
