import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate';
import { getProfile } from '../../../profiles';
import { caseTable } from '../../../testing/rule-tester';

// 002-1-6-SUCCESS has no findings of its own: it decides which contacts count. Its table is
// therefore observed through a cadence that depends on it (H every 3 days, due 2025-03-04
// after a successful contact on 2025-03-01; a later qualifying contact on 03-03 moves it to 03-06).
const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果', '回访类型', '回访主题'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const first: (string | null)[] = ['K1', '张伟', 'H', '2025-03-01 10:00', '电话', talk, '已接通', '意向回访', '试驾邀约'];

async function hDue(second: (string | null)[], firstRow = first): Promise<string | undefined> {
  const report = await evaluate(caseTable(header, [firstRow, second]), getProfile('002-1'), { asOf: '2025-03-05' });
  const f = report.findings.find((x) => x.ruleId === '002-1-3-H-3d');
  return f?.dueAt ?? report.customers[0].nextDue ?? undefined;
}
const row = (channel: string | null, outcome: string | null): (string | null)[] => ['K1', '张伟', 'H', '2025-03-03 10:00', channel, talk, outcome, '意向回访', '价格'];

describe('002-1-6-SUCCESS', () => {
  const counts: [string, (string | null)[]][] = [
    ['a reached call with content and topic', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, '已接通', '意向回访', '价格']],
    ['an SMS the customer replied to (短信互访)', ['K1', '张伟', 'H', '2025-03-03 10:00', '短信', talk, '已回复', '意向回访', '价格']],
    // A visit that took place, in the words clerks write; the channel cell may be blank then.
    ...['已拜访', '已面谈', '已上门', '已见面'].map((o): [string, (string | null)[]] => [`a visit: ${o}`, row(null, o)]),
    ...['走访', '上门走访', '拜访', '登门'].map((ch): [string, (string | null)[]] => [`a visit by channel ${ch}`, row(ch, '已接通')]),
  ];
  const doesNot: [string, (string | null)[]][] = [
    ['an unanswered call', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, '无人接听', '意向回访', '价格']],
    ['a reached call without content', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', null, '已接通', '意向回访', '价格']],
    ['a reached call without a topic', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, '已接通', '意向回访', null]],
    ['a one-way SMS', ['K1', '张伟', 'H', '2025-03-03 10:00', '短信', talk, null, '意向回访', '价格']],
    ['an information callback (birthday greeting)', ['K1', '张伟', 'H', '2025-03-03 10:00', '电话', talk, '已接通', '生日祝福', '生日']],
    // Where the clerks write outcomes (the first row says 已接通), a blank one records no success.
    ['a call with a blank outcome in a ledger that records outcomes', row('电话', null)],
    // Attempts that did not reach the customer.
    ...['无人接听', '关机', '停机', '空号', '拒接', '暂时无法联系'].map((o): [string, (string | null)[]] => [`an attempt: ${o}`, row('电话', o)]),
    // A message delivered is one-way: 002-1 takes a message only when the customer replied (短信互访).
    ...['已发送', '已读'].map((o): [string, (string | null)[]] => [`a message only ${o}`, row('微信', o)]),
    ['a message 已发送 with no channel written', row(null, '已发送')],
    // Planned, not made: no contact (and, below, no error).
    ...['待回访', '未回访'].map((o): [string, (string | null)[]] => [`a planned callback: ${o}`, row('电话', o)]),
  ];
  for (const [name, row] of counts) {
    it(`counts: ${name}`, async () => expect(await hDue(row)).toBe('2025-03-06'));
  }
  for (const [name, row] of doesNot) {
    it(`does not count: ${name}`, async () => expect(await hDue(row)).toBe('2025-03-04'));
  }
  it('counts: a call with a blank outcome in a ledger whose outcome column is blank throughout', async () => {
    expect(await hDue(row('电话', null), [...first.slice(0, 6), null, ...first.slice(7)])).toBe('2025-03-06');
  });
  it('a planned callback (待回访) is no error: no invalid cell, no finding about its row', async () => {
    const report = await evaluate(caseTable(header, [first, ['K1', '张伟', 'H', '3月8日', '电话', null, '待回访', '意向回访', null]]), getProfile('002-1'), { asOf: '2025-03-03' });
    expect(report.findings.filter((f) => f.row === 3)).toEqual([]);
  });
  it('an outcome the reader does not know (接没接不清楚) leaves the callback unknown: the cadence cannot tell, naming the row', async () => {
    const report = await evaluate(caseTable(header, [first, row('电话', '接没接不清楚')]), getProfile('002-1'), { asOf: '2025-03-05' });
    expect(report.findings.filter((f) => f.ruleId === '002-1-3-H-3d').map((f) => [f.status, f.row, f.messageId, f.column])).toEqual([['indeterminate', 3, 'unsure-contact', '回访结果']]);
  });
});
