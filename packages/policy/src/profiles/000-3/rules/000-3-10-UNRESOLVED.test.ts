import { ruleTester } from '../../../testing/rule-tester';
import { cb, HEADER } from '../test-rows';

const asked = cb({ type: '持续回访', at: '2025-03-05 10:30', issue: '赎回到账时间比约定晚两天', result: null });

ruleTester('000-3-10-UNRESOLVED', {
  profile: '000-3',
  header: HEADER,
  valid: [
    { name: 'answered at the next callback', rows: [asked, cb({ type: '持续回访', at: '2025-03-12 10:30', result: '已核实为银行清算延迟，已向客户解释' })], asOf: '2025-03-20' },
    { name: 'answered on the same record', rows: [cb({ issue: '对收益有疑问', result: '当场解释了收益计算方式' })], asOf: '2025-03-20' },
  ],
  invalid: [
    { name: 'still unanswered at the next callback', rows: [asked, cb({ type: '持续回访', at: '2025-03-12 10:30', result: null, issue: null })], asOf: '2025-03-20', findings: [{ status: 'violation', row: 3, column: '处理结果', messageId: 'unanswered' }] },
  ],
});
