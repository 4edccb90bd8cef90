import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

ruleTester('000-3-7.2.1-COMPLAINT-FU', {
  profile: '000-3',
  header: [...HEADER, '投诉办结日期', '确认回访日期'],
  valid: [],
  invalid: [
    { name: 'no deadline in the document: not configured', rows: [cb({ type: '投诉回访', at: '2025-03-12 10:30' }, '2025-03-10', '2025-03-12 10:30')], asOf: '2025-03-20', findings: [{ status: 'not-configured', messageId: 'not-configured-no-limit', text: '原文“回访专员在投诉处理完毕后,与客户核实投诉方案的执行情况而开展的回访工作”没有给出期限' }] },
  ],
});
