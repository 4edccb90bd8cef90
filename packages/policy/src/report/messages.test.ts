import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { getProfile } from '../profiles';
import { renderFinding } from './messages';

describe('renderFinding: an unreadable cell', () => {
  const profile = getProfile('002-1');
  const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'];
  const invalid = async (rows: (string | number | null)[][]) => {
    const report = await evaluate({ sheet: '回访', rows: [header, ...rows] }, profile, { asOf: '2025-03-10' });
    return report.findings.filter((f) => f.status === 'invalid');
  };
  it('quotes the cell as written, and says what was expected, in both languages', async () => {
    const [f] = await invalid([['K1', '张三', 'H', '上周五', '电话', '客户对试驾体验满意，约周末再来', '已接通']]);
    expect(renderFinding(f, profile, 'zh')).toBe('第 2 行「回访时间」（D 列）：“上周五” 不是可识别的日期，应为日期，如 2025-03-05 14:30、2025/3/5、2025年3月5日。');
    expect(renderFinding(f, profile, 'en')).toBe('Row 2, "回访时间" (column D): "上周五" is not a date; expected a date such as 2025-03-05 14:30, 2025/3/5 or 2025年3月5日.');
  });
  it('says a blank cell is blank rather than quoting nothing', async () => {
    const [f] = await invalid([['', '', 'H', '2025-03-05 10:00', '电话', '客户对试驾体验满意，约周末再来', '已接通']]);
    expect(renderFinding(f, profile, 'zh')).toBe('第 2 行「客户编号」（A 列）：（空白） 没有客户编号或客户名称，应为客户编号或客户名称。');
    expect(renderFinding(f, profile, 'en')).toBe('Row 2, "客户编号" (column A): (blank) has no customer number or name; expected a customer number or name.');
  });
});
