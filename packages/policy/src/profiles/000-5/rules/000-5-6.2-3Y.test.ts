import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '生日/寿辰', '就餐日期', '销毁日期'];

ruleTester('000-5-6.2-3Y', {
  profile: '000-5',
  header,
  valid: [
    { name: 'birthday information destroyed after three full years', rows: [['G1', '1960-06-20', '2022-03-05', '2025-03-06']], asOf: '2025-10-15' },
    { name: 'rows without birthday or celebration information are not concerned', rows: [['G2', null, '2024-03-05', '2025-03-06']], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'destroyed after two years', rows: [['G1', '1960-06-20', '2022-03-05', '2024-03-06']], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2 }] },
    {
      name: 'a new visit renews the period',
      rows: [['G1', '1960-06-20', '2021-03-05', '2024-06-01'], ['G1', null, '2022-05-01', null]],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2 }],
    },
  ],
});
