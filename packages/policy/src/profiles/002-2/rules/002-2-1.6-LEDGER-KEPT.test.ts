import { ruleTester } from '../../../testing/rule-tester';

const header = ['经销商编号', '年销量', '回访日期', '业务员', '回访方面', '回访内容'];
const row = (who: string | null, content: string | null, volume: number | string = 80) => ['JX07', volume, '2025-10-10', who, '市场需求', content];

ruleTester('002-2-1.6-LEDGER-KEPT', {
  profile: '002-2',
  header,
  valid: [
    { name: 'who and what recorded', rows: [row('王强', '了解需求')], asOf: '2025-10-15' },
    {
      name: 'an end user\'s own 客户等级 (重要) is its form\'s column, not an unreadable dealer grade',
      header: ['客户编号', '客户等级', '购买数量', '回访日期', '业务员', '回访内容'],
      rows: [['ZD1', '重要', 8, '2025-10-10', '王强', '了解使用情况']],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    { name: 'no salesperson', rows: [row(null, '了解需求')], asOf: '2025-10-15', findings: [{ status: 'violation', column: '业务员' }] },
    {
      name: 'a dealer\'s grade that is no grade of 1.4 is still an unreadable cell',
      header: ['经销商编号', '经销商级别', '回访日期', '业务员', '回访内容'],
      rows: [['JX07', 'X级', '2025-10-10', '王强', '了解需求']],
      asOf: '2025-10-15',
      findings: [{ status: 'invalid', column: '经销商级别', text: '应为A/B/C/D 之一' }],
    },
    { name: 'an unreadable volume is an invalid cell under this clause', rows: [row('王强', '了解需求', '八十台')], asOf: '2025-10-15', findings: [{ status: 'invalid', column: '年销量' }] },
  ],
});
