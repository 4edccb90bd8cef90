import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '客人姓名', '单位', '联系电话', '特别爱好', '消费情况', '生日/寿辰'];

ruleTester('000-5-3-BDAY-FIELDS', {
  profile: '000-5',
  header,
  valid: [
    { name: 'all details', rows: [['G1', '王建国', '市建一公司', '13812345678', '爱吃清淡', '人均150元', '1960-06-20']], asOf: '2025-10-15' },
    { name: 'details on another row of the guest', rows: [['G1', '王建国', null, '13812345678', '爱吃清淡', '人均150元', '1960-06-20'], ['G1', '王建国', '市建一公司', null, null, null, null]], asOf: '2025-10-15' },
    { name: 'a guest without birthday or celebration', rows: [['G2', '李四', null, null, null, null, null]], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'no employer, no preferences',
      rows: [['G1', '王建国', null, '13812345678', null, '人均150元', '1960-06-20']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', column: '单位' }, { status: 'violation', column: '特别爱好' }],
    },
  ],
});
