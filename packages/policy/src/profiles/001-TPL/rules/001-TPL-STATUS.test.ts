import { ruleTester } from '../../../testing/rule-tester';

const header = ['客户名称', '地址', '法人', '总经理', '联系方式', '主营业务', '客户服务沟通方式', '客户服务沟通频率', '客户满意度'];

ruleTester('001-TPL-STATUS', {
  profile: '001-TPL',
  header,
  valid: [{ name: 'core boxes filled, others may be blank', rows: [['宏远建材', '石家庄市裕华路18号', null, '周海', '0311-8888001', '建材批发', '电话', '每月一次', null]], asOf: '2025-10-15' }],
  invalid: [
    {
      name: 'no address and no frequency',
      rows: [['宏远建材', null, '王立', '周海', '0311-8888001', '建材批发', '电话', null, '满意']],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', column: '地址', row: 2 },
        { status: 'violation', column: '客户服务沟通频率', row: 2 },
      ],
    },
  ],
});
