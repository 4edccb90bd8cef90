import { ruleTester } from '../../../testing/rule-tester';
import { call, header } from '../test-rows';

ruleTester('002-4-4.3-FORM', {
  profile: '002-4',
  header,
  valid: [
    { name: 'a complete row', rows: [call('甲公司', '2025-10-01')], asOf: '2025-10-05' },
    {
      name: 'a profile without tiers: the form\'s own 客户等级 column is not an unreadable tier',
      header: [...header, '客户等级'],
      rows: [[...call('甲公司', '2025-10-01'), '大客户'], [...call('乙公司', '2025-10-01'), 'A']],
      asOf: '2025-10-05',
    },
    { name: 'files sent by WeChat have no outcome to record', rows: [call('甲公司', '2025-10-02', { channel: '微信', content: '发送冬季产品目录和报价', outcome: '' })], asOf: '2025-10-05' },
  ],
  invalid: [
    {
      name: 'content too thin, by our number of characters: a warning that says so',
      rows: [call('甲公司', '2025-10-01', { content: '已联系' })],
      asOf: '2025-10-05',
      findings: [{ status: 'violation', severity: 'warning', column: '回访内容', messageId: 'too-short', text: '至少应有 5 个字（ledgerlint 建议值，制度未规定字数）' }],
    },
    { name: 'no content at all: an error', rows: [call('甲公司', '2025-10-01', { content: '' })], asOf: '2025-10-05', findings: [{ status: 'violation', severity: 'error', column: '回访内容', messageId: 'missing' }] },
    { name: 'a phone call without its outcome', rows: [call('甲公司', '2025-10-01', { outcome: '' })], asOf: '2025-10-05', findings: [{ status: 'violation', column: '回访结果' }] },
  ],
});
