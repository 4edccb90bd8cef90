import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户类别', '企业性质', '主管单位', '地址', '联系人', '联系电话'];
const full = ['C1', '华信科技', '重点客户', '民营', '高新区管委会', '长江路18号', '王经理', '0532-88001234'];

ruleTester('003-7-1.3-FIELDS', {
  profile: '003-7',
  header,
  valid: [
    { name: 'all basics on one row', rows: [full], asOf: '2025-10-15' },
    { name: 'basics spread over the customer\'s rows', rows: [['C1', '华信科技', '重点', '民营', null, null, null, null], ['C1', '华信科技', null, null, '高新区管委会', '长江路18号', '王经理', '0532-88001234']], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'no supervising body and no phone',
      rows: [['C1', '华信科技', '一般客户', '国有', null, '长江路18号', '王经理', null]],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '主管单位', messageId: 'missing' },
        { status: 'violation', column: '联系电话', messageId: 'missing' },
      ],
    },
    {
      name: 'an unreadable date is an invalid cell of the file',
      header: [...header, '备案日期'],
      rows: [[...full, '上周']],
      asOf: '2025-10-15',
      findings: [{ status: 'invalid', column: '备案日期' }],
    },
  ],
});
