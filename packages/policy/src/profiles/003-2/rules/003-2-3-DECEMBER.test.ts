import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '回访日期', '记录类型', '回访方式', '回访内容', '回访结果'];
const row = (at: string, type: string, content: string) => ['P01', '华信官网', at, type, '电话', content, '已接通'];

ruleTester('003-2-3-DECEMBER', {
  profile: '003-2',
  header,
  valid: [
    {
      name: 'gift and needs plan in December 2024; 2025 not over yet',
      rows: [row('2024-06-10', '项目回访', '运行正常'), row('2024-12-12', '新年礼物', '寄送台历与贺卡'), row('2024-12-20', '需求计划', '明年计划改版移动端'), row('2025-09-10', '项目回访', '运行正常')],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'no gift or needs survey in 2024',
      rows: [row('2024-06-10', '项目回访', '运行正常'), row('2025-01-10', '项目回访', '运行正常')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation' }],
    },
  ],
});
