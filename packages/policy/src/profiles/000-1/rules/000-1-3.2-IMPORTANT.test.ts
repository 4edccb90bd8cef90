import { ruleTester } from '../../../testing/rule-tester';

const header = ['顾客编号', '沟通日期', '问询时间', '是否重要问题', '反馈技术业务部时间'];

ruleTester('000-1-3.2-IMPORTANT', {
  profile: '000-1',
  header,
  valid: [],
  invalid: [
    {
      name: '及时 has no number: not configured, once, never a guessed deadline',
      rows: [['K01', '2025-03-05', '2025-03-05 09:30', '是', null], ['K02', '2025-03-05', '2025-03-05 09:30', '是', '2025-03-20 10:00']],
      asOf: '2025-10-15',
      findings: [{ status: 'not-configured', row: null, text: '原文“重要问题应记录并及时向技术业务部反馈,由技术业务部负责牵头进行处理”只说“及时”' }],
    },
  ],
});
