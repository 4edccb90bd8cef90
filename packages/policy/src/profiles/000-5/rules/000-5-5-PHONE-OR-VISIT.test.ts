import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '回访时间', '回访方式', '回访类型', '回访内容'];

ruleTester('000-5-5-PHONE-OR-VISIT', {
  profile: '000-5',
  header,
  valid: [
    { name: 'phone and visit', rows: [['G1', '2025-06-10 10:00', '电话', '生日回访', '祝贺'], ['G2', '2025-08-31', '上门', '庆典回访', '确认']], asOf: '2025-10-15' },
    { name: 'other callback types are not concerned', rows: [['G1', '2025-06-10 10:00', '微信', '满意度回访', '询问']], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'a birthday greeting by SMS',
      rows: [['G1', '2025-06-10 10:00', '短信', '生日回访', '生日快乐']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2, column: '回访方式' }],
    },
    {
      name: 'a 寿辰 callback by WeChat',
      rows: [['G1', '2025-06-10 10:00', '微信', '寿辰回访', '祝寿']],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', row: 2 }],
    },
  ],
});
