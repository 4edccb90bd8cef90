import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '回访日期', '业务员', '回访方面', '回访内容', '反馈问题', '处理情况'];
const row = (problem: string | null, handled: string | null) => ['JX03', '2025-09-24', '赵敏', '技术状态', '询问使用情况', problem, handled];

ruleTester('002-2-1.2-ROUTING', {
  profile: '002-2',
  header,
  valid: [
    { name: 'a problem with its handling', rows: [row('侧板焊缝开裂', '已通知技术部派人补焊')], asOf: '2025-10-15' },
    { name: 'no problem recorded', rows: [row(null, null)], asOf: '2025-10-15' },
  ],
  invalid: [{ name: 'a problem without its handling', rows: [row('交车延期三天', null)], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '处理情况' }] }],
});
