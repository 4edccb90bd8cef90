import { expect, it } from 'vitest';
import { getProfile } from '../../../profiles';
import { renderFinding } from '../../../report/messages';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';

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
    {
      name: 'one December call sends the gift and asks next year\'s needs',
      rows: [row('2024-06-10', '项目回访', '运行正常'), row('2024-12-12', '新年礼物', '寄送新年台历，了解明年需求：计划上线英文版')],
      asOf: '2025-10-15',
    },
    {
      name: 'a customer first seen after 1 December owes nothing that year',
      rows: [row('2024-12-05', '项目回访', '上线后首次回访，运行正常')],
      asOf: '2025-10-15',
    },
  ],
  invalid: [
    {
      name: 'no gift or needs survey in 2024: both are missing',
      rows: [row('2024-06-10', '项目回访', '运行正常'), row('2025-01-10', '项目回访', '运行正常')],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', messageId: 'short-type', dueAt: '2024-12-31' },
        { status: 'violation', messageId: 'short-type', dueAt: '2024-12-31' },
      ],
    },
    {
      name: '每年12月: a gift sent in March is not December\'s; the December needs survey alone leaves the gift missing',
      rows: [row('2024-03-10', '新年礼物', '补寄春节礼品'), row('2024-12-20', '需求计划', '明年计划改版移动端')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', messageId: 'short-type', dueAt: '2024-12-31', overdueDays: 288 }],
    },
    {
      name: 'a gift in December without asking next year\'s needs',
      rows: [row('2024-06-10', '项目回访', '运行正常'), row('2024-12-12', '新年礼物', '寄送台历与贺卡')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', messageId: 'short-type', dueAt: '2024-12-31' }],
    },
  ],
});

it('003-2-3-DECEMBER: the message names December and what is missing', async () => {
  const [f] = await findingsOf('003-2-3-DECEMBER', '003-2', header, { name: 'gift only', rows: [row('2024-06-10', '项目回访', '运行正常'), row('2024-12-12', '新年礼物', '寄送台历与贺卡')], asOf: '2025-10-15' });
  expect(renderFinding(f, getProfile('003-2'), 'zh')).toContain('（2024-12-01 至 2024-12-31）“需求”只有 0 天有记录');
});
