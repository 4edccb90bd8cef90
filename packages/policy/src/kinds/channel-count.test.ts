import { describe, expect, it } from 'vitest';
import { findingsOfKind } from '../testing/kind-check';

describe('channel-count', () => {
  const header = ['客户名称', '客户类型', '回访日期', '回访方式', '回访内容', '回访结果'];
  const extra = { tiers: [{ code: 'M', label: { zh: '创客', en: 'maker' } }], tierSynonyms: { 创客: 'M' }, headers: { tier: ['客户类型'] } };
  const MONTHLY = { tier: 'M', period: 'month', groups: [{ channels: ['visit'], min: 1 }, { channels: ['phone', 'wechat'], min: 2 }] };
  const row = (at: string, channel: string, outcome = '已接通') => ['创客甲', '创客', at, channel, '了解线路开发进度', outcome];
  it('a visit and two phone/WeChat contacts in each whole month pass; the first partial month is not counted', async () => {
    const rows = [row('2025-08-20', '电话'), row('2025-09-03', '上门'), row('2025-09-10', '电话'), row('2025-09-25', '微信')];
    expect(await findingsOfKind('channel-count', MONTHLY, header, rows, '2025-10-15', extra)).toEqual([]);
  });
  it('a month without a visit and with one call: one finding per short group; unanswered calls do not count', async () => {
    const rows = [row('2025-08-20', '电话'), row('2025-09-10', '电话'), row('2025-09-12', '电话', '未接通')];
    const f = await findingsOfKind('channel-count', MONTHLY, header, rows, '2025-10-15', extra);
    expect(f).toMatchObject([
      { status: 'violation', dueAt: '2025-09-30', data: { count: 0, min: 1 } },
      { status: 'violation', dueAt: '2025-09-30', data: { count: 1, min: 2 } },
    ]);
  });
});
