import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

const q = '要求延长账期';

ruleTester('002-4-4.5-WRITTEN', {
  profile: '002-4',
  header,
  valid: [
    { name: 'no problem recorded', rows: [call('甲公司', '2025-10-01')], asOf: '2025-10-05' },
    { name: 'a problem escalated in writing', rows: [call('甲公司', '2025-10-01', { question: q, solved: '10-02 书面报马总，同意延至60天' })], asOf: '2025-10-05' },
    { name: 'told by phone and sent as text too', rows: [call('甲公司', '2025-10-01', { question: q, solved: '电话告知马总，并微信发了文字说明' })], asOf: '2025-10-05' },
    { name: 'solved on the spot', rows: [call('甲公司', '2025-10-01', { question: '发票抬头有误', solved: '当场重开发票，已解决' })], asOf: '2025-10-05' },
  ],
  invalid: [
    { name: 'a problem with nothing under 解决情况', rows: [call('甲公司', '2025-10-01', { question: q })], asOf: '2025-10-05', findings: [{ status: 'violation', column: '解决情况', messageId: 'missing' }] },
    { name: 'an oral report is not written (口头)', rows: [call('甲公司', '2025-10-01', { question: q, solved: '已口头汇报马总' })], asOf: '2025-10-05', findings: [{ status: 'violation', column: '解决情况', messageId: 'does-not-count', text: '“口头”按规定不算数' }] },
    { name: 'told by phone is not written (电话告知)', rows: [call('甲公司', '2025-10-01', { question: q, solved: '电话告知上司，等回复' })], asOf: '2025-10-05', findings: [{ status: 'violation', messageId: 'does-not-count', text: '“电话告知”' }] },
  ],
});
