import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate';
import { getProfile } from '../../../profiles';
import { caseTable } from '../../../testing/rule-tester';

// 002-1-6-SUCCESS has no findings of its own: it decides which contacts count. Its table is
// therefore observed through a cadence that depends on it (H every 3 days, due 2025-03-04
// after a successful contact on 2025-03-01; a later qualifying contact on 03-03 moves it to 03-06).
const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果', '回访类型', '回访主题'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const first = ['K1', '张伟', 'H', '2025-03-01 10:00', '电话', talk, '已接通', '意向回访', '试驾邀约'];

async function hDue(second: (string | null)[]): Promise<string | undefined> {
  const report = await evaluate(caseTable(header, [first, second]), getProfile('002-1'), { asOf: '2025-03-05' });
  const f = report.findings.find((x) => x.ruleId === '002-1-3-H-3d');
  return f?.dueAt ?? report.customers[0].nextDue ?? undefined;
}

describe('002-1-6-SUCCESS', () => {
  const counts: [string, (string | null)[]][] = [
    ['a reached call with content and topic', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, '已接通', '意向回访', '价格']],
    ['a call with a blank outcome', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, null, '意向回访', '价格']],
    ['an SMS the customer replied to (短信互访)', ['K1', '张伟', 'H', '2025-03-03 10:00', '短信', talk, '已回复', '意向回访', '价格']],
  ];
  const doesNot: [string, (string | null)[]][] = [
    ['an unanswered call', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, '无人接听', '意向回访', '价格']],
    ['a reached call without content', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', null, '已接通', '意向回访', '价格']],
    ['a reached call without a topic', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, '已接通', '意向回访', null]],
    ['a one-way SMS', ['K1', '张伟', 'H', '2025-03-03 10:00', '短信', talk, null, '意向回访', '价格']],
    ['an information callback (birthday greeting)', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, '已接通', '生日祝福', '生日']],
  ];
  for (const [name, row] of counts) {
    it(`counts: ${name}`, async () => expect(await hDue(row)).toBe('2025-03-06'));
  }
  for (const [name, row] of doesNot) {
    it(`does not count: ${name}`, async () => expect(await hDue(row)).toBe('2025-03-04'));
  }
});
