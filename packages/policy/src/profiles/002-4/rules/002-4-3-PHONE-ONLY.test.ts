import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-3-PHONE-ONLY', {
  profile: '002-4',
  header,
  valid: [
    { name: 'phone calls', rows: [call('甲公司', '2025-10-01'), call('乙公司', '2025-10-02')], asOf: '2025-10-05' },
    {
      name: 'QQ and WeChat sending files and materials alongside the calls are allowed',
      rows: [call('甲公司', '2025-10-01'), call('甲公司', '2025-10-02', { channel: '微信', content: '发送冬季产品目录和报价', outcome: '' }), call('乙公司', '2025-10-02', { channel: 'QQ', content: '传合同扫描件', outcome: '' })],
      asOf: '2025-10-05',
    },
  ],
  invalid: [
    {
      name: 'a callback made by WeChat (a conversation, not files)',
      rows: [call('甲公司', '2025-10-01'), call('甲公司', '2025-10-02', { channel: '微信', content: '询问新品试销情况，客户回复卖得不错', outcome: '已回复' })],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', severity: 'error', row: 3, column: '回访方式', messageId: 'carrier-callback', text: '此次以「微信」回访' }],
    },
    { name: 'a QQ greeting is a callback by QQ', rows: [call('乙公司', '2025-10-02', { channel: 'QQ', content: '国庆节日问候' })], asOf: '2025-10-05', findings: [{ status: 'violation', row: 2 }] },
    { name: 'a visit is another channel', rows: [call('乙公司', '2025-10-02', { channel: '上门', content: '上门介绍冬季新品' })], asOf: '2025-10-05', findings: [{ status: 'violation', row: 2, messageId: 'wrong-channel' }] },
    {
      name: 'a WeChat row without content cannot be told',
      rows: [[...call('乙公司', '2025-10-02', { channel: '微信' }).slice(0, 5), null, ...call('乙公司', '2025-10-02').slice(6)]],
      asOf: '2025-10-05',
      findings: [{ status: 'indeterminate', row: 2, messageId: 'carrier-unknown' }],
    },
  ],
});
