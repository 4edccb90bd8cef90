import { describe, expect, it } from 'vitest';
import { kindFindings, oneRuleProfile } from '../testing/kind-check';
import { retry } from './retry';

const header = ['客户编号', '回访时间', '回访方式', '回访类型', '回访结果', '响铃时长', '回访内容'];
const profile = oneRuleProfile('retry', { minAttempts: 3, minHalfDays: 2, minRingSeconds: 20, giveUpAfterDays: 7 });
const att = (at: string, outcome = '无人接听', ring: number | null = 25, type = '新签约', content = '客户未接听') => ['K1', at, '电话', type, outcome, ring, content];
const run = (rows: (string | number | null)[][], asOf = '2025-03-31') => kindFindings(profile, header, rows, asOf);
const brief = (f: Awaited<ReturnType<typeof run>>) => f.map((x) => ({ status: x.status, row: x.row, valid: x.data.valid, halfDays: x.data.halfDays }));

describe('retry', () => {
  it('three attempts over two half-days, then given up: fine', async () => {
    expect(await run([att('2025-03-03 10:00'), att('2025-03-03 14:30'), att('2025-03-04 10:10', '联系不上')])).toEqual([]);
  });
  it('a success after the attempts ends the run', async () => {
    expect(await run([att('2025-03-03 10:00'), att('2025-03-03 10:30'), att('2025-03-04 10:10', '已接通', null, '新签约', '确认合同要点')])).toEqual([]);
  });
  it('still trying (last attempt recent): no finding yet', async () => {
    expect(await run([att('2025-03-03 10:00')], '2025-03-06')).toEqual([]);
  });
  it('given up after two attempts (words in the outcome)', async () => {
    const f = await run([att('2025-03-03 10:00'), att('2025-03-04 15:00', '联系不上，停止回访')]);
    expect(brief(f)).toEqual([{ status: 'violation', row: 3, valid: 2, halfDays: 2 }]);
  });
  it('given up by silence: 7 days after the last attempt, inclusive', async () => {
    const rows = [att('2025-03-03 10:00'), att('2025-03-04 15:00')];
    expect(await run(rows, '2025-03-10')).toEqual([]);
    expect(brief(await run(rows, '2025-03-11'))).toEqual([{ status: 'violation', row: 3, valid: 2, halfDays: 2 }]);
  });
  it('three calls in one morning are one time of day', async () => {
    const f = await run([att('2025-03-03 10:00'), att('2025-03-03 10:20'), att('2025-03-03 10:40', '联系不上')]);
    expect(brief(f)).toEqual([{ status: 'violation', row: 4, valid: 3, halfDays: 1 }]);
  });
  it('a ring under 20 s is no valid attempt (19 s no, 20 s yes); a blank ring time is given the benefit of the doubt', async () => {
    expect(brief(await run([att('2025-03-03 10:00', '无人接听', 19), att('2025-03-03 14:00'), att('2025-03-04 10:00', '联系不上')]))).toEqual([{ status: 'violation', row: 4, valid: 2, halfDays: 2 }]);
    expect(await run([att('2025-03-03 10:00', '无人接听', 20), att('2025-03-03 14:00', '无人接听', null), att('2025-03-04 10:00', '联系不上')])).toEqual([]);
  });
  it('空号 needs no retries', async () => {
    expect(await run([att('2025-03-03 10:00', '空号')])).toEqual([]);
  });
  it('runs of different callback types are separate tasks', async () => {
    const rows = [att('2025-03-03 10:00'), att('2025-03-03 14:00', '无人接听', 25, '持续'), att('2025-03-04 10:00'), att('2025-03-05 15:00', '已接通', 25, '持续', '满意度回访')];
    expect(brief(await run(rows))).toEqual([{ status: 'violation', row: 4, valid: 2, halfDays: 2 }]);
  });
  it('without a giving-up sign or a staleness limit nothing is judged', async () => {
    const patient = oneRuleProfile('retry', { minAttempts: 3 });
    expect(await kindFindings(patient, header, [att('2025-03-03 10:00')], '2025-12-31')).toEqual([]);
  });
});

describe('retry: every message', () => {
  const cases: [string, (string | number | null)[][]][] = [['too-few', [att('2025-03-03 10:00'), att('2025-03-04 15:00', '联系不上，停止回访')]]];
  it.each(cases)('%s', async (id, rows) => expect((await run(rows)).map((f) => f.messageId)).toEqual([id]));
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(retry.messages).sort()));
});

describe('retry: which attempts count (the kind\'s own channels, not the rule\'s records)', () => {
  // Two attempts, then given up: too few, unless they are not attempts of the task at all. A blank
  // channel counts as a call (the rule-level records filter would leave it unknown, so channels
  // stays a param, default phone).
  const twoThen = (channel: string | null) => [['K1', '2025-03-03 10:00', channel, '新签约', '无人接听', 25, '客户未接听'], ['K1', '2025-03-04 15:00', channel, '新签约', '联系不上', 25, '客户未接听']];
  it.each([
    ['by phone', '电话', ['too-few']],
    ['a blank channel', null, ['too-few']],
    ['by WeChat: no phone attempts', '微信', []],
  ] as [string, string | null, string[]][])('%s', async (_what, channel, want) => {
    expect((await run(twoThen(channel))).map((f) => f.messageId)).toEqual(want);
  });
});
