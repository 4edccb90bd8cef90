import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '沟通日期', '沟通类型', '责任部门'];

ruleTester('000-1-1-OWNERSHIP', {
  profile: '000-1',
  header,
  valid: [
    { name: '技术部 and 技术业务部 handle contract matters', rows: [['K01', '2025-03-05', '合同履行沟通', '技术部'], ['K02', '2025-03-05', '合同变更沟通', '技术业务部']], asOf: '2025-10-15' },
    { name: 'other matters may go through other departments', rows: [['K01', '2025-03-05', '宣传走访', '办公室']], asOf: '2025-10-15' },
  ],
  invalid: [{ name: 'a contract change handled by the sales office alone', rows: [['K01', '2025-03-05', '合同变更沟通', '市场部']], asOf: '2025-10-15', findings: [{ status: 'violation', row: 2, column: '责任部门' }] }],
});
