import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/evaluate';
import { getProfile } from '../profiles';
import { renderFinding, unfilledPlaceholders } from './messages';

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
  it('asks whether a word of a controlled column meant the nearest known one (电活: 电话)', async () => {
    const [f] = await invalid([['K1', '张三', 'H', '2025-03-05 10:00', '电活', '客户对试驾体验满意，约周末再来', '已接通']]);
    expect(f).toMatchObject({ row: 2, column: '回访方式', columnLetter: 'E', data: { code: 'not-a-channel', value: '电活', suggestion: '电话' } });
    expect(renderFinding(f, profile, 'zh')).toBe('第 2 行「回访方式」（E 列）：“电活” 不是可识别的回访方式，应为电话、上门、短信、微信、邮件、会议 之一。是否应为「电话」？');
    expect(renderFinding(f, profile, 'en')).toBe('Row 2, "回访方式" (column E): "电活" is not a known channel; expected one of 电话 (phone), 上门 (visit), 短信 (SMS), 微信 (WeChat), 邮件 (e-mail), 会议 (meeting). Did you mean "电话"?');
  });
  it('a callback type outside the regulation\'s list (000-3 第七条), with the nearest type', async () => {
    const p = getProfile('000-3');
    const report = await evaluate({ sheet: '回访', rows: [['客户编号', '理财客户', '回访类型', '回访时间'], ['L1', '赵敏', '新签回访', '2025-03-05 10:30'], ['L2', '钱进', '常规回访', '2025-03-05 11:30']] }, p, { asOf: '2025-03-10' });
    const [a, b] = report.findings.filter((f) => f.status === 'invalid');
    expect(renderFinding(a, p, 'zh')).toBe('第 2 行「回访类型」（C 列）：“新签回访” 不是本规定的回访类型，应为新签约回访、持续回访、投诉回访、重要业务确认、协议变更、协议解除、解约回访、专项回访 之一。是否应为「新签约回访」？');
    expect(renderFinding(a, p, 'en')).toBe('Row 2, "回访类型" (column C): "新签回访" is not a callback type of this profile; expected one of 新签约回访、持续回访、投诉回访、重要业务确认、协议变更、协议解除、解约回访、专项回访. Did you mean "新签约回访"?');
    // 常规回访 is either 新签约 or 持续: no guess.
    expect(renderFinding(b, p, 'zh')).toMatch(/^第 3 行「回访类型」（C 列）：“常规回访” 不是本规定的回访类型，应为.* 之一。$/);
  });
  it('says a blank cell is blank rather than quoting nothing', async () => {
    const [f] = await invalid([['', '', 'H', '2025-03-05 10:00', '电话', '客户对试驾体验满意，约周末再来', '已接通']]);
    expect(renderFinding(f, profile, 'zh')).toBe('第 2 行「客户编号」（A 列）：（空白） 没有客户编号或客户名称，应为客户编号或客户名称。');
    expect(renderFinding(f, profile, 'en')).toBe('Row 2, "客户编号" (column A): (blank) has no customer number or name; expected a customer number or name.');
  });
});

describe('unfilledPlaceholders', () => {
  const profile = getProfile('002-1');
  const header = ['客户编号', '客户名称', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'];
  it('names a placeholder the data leaves empty, and a message id the kind does not have', async () => {
    const report = await evaluate({ sheet: '回访', rows: [header, ['K1', '张三', 'H', '2025-03-01 10:00', '电话', '客户对试驾体验满意，约周末再来', '已接通']] }, profile, { asOf: '2025-03-10' });
    const overdue = report.findings.find((f) => f.status === 'overdue')!;
    expect(unfilledPlaceholders(overdue, profile)).toEqual([]);
    const { last: _dropped, ...data } = overdue.data;
    expect(Object.keys(overdue.data)).toContain('last');
    expect(unfilledPlaceholders({ ...overdue, data }, profile)).toEqual(['last']);
    expect(unfilledPlaceholders({ ...overdue, messageId: 'overdeu' }, profile)).toEqual(['messageId:overdeu']);
  });
});
