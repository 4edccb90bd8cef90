import { describe, expect, it } from 'vitest';
import { findingsOfKind } from '../testing/kind-check';
import { cutoff } from './cutoff';

const DIVISIONS = {
  tiers: [
    { code: 'D1', label: { zh: '第一事业部', en: 'Division 1' } },
    { code: 'D2', label: { zh: '第二事业部', en: 'Division 2' } },
  ],
  tierSynonyms: { 第一事业部: 'D1', 第二事业部: 'D2' },
  headers: { tier: ['事业部'] },
};
const header = ['顾客姓名', '事业部', '敲定时间', '会议时间', '提交时间'];
// The daily file: before 18:00 of the confirmation's day, counting 18:00 and later as the next day.
const DAILY = { field: 'reportedAt', anchor: 'confirmedAt', anchorRollover: '18:00', at: [{ clock: '18:00' }], during: { field: 'eventAt', from: -7, to: -1 } };
const run = (params: object, rows: (string | null)[][], asOf: string) => findingsOfKind('cutoff', params, header, rows, asOf, DIVISIONS);

describe('cutoff: the daily 18:00 file in the week before an event', () => {
  it('17:59 is in time; 18:00 is late (6点前 is strict)', async () => {
    const rows = [
      ['甲', '第一事业部', '2025-10-08 10:00', '2025-10-12 14:00', '2025-10-08 17:59'],
      ['乙', '第一事业部', '2025-10-08 11:00', '2025-10-12 14:00', '2025-10-08 18:00'],
    ];
    expect(await run(DAILY, rows, '2025-10-15')).toMatchObject([{ status: 'late', row: 3, dueAt: '2025-10-08T18:00+08:00' }]);
  });
  it('a confirmation at 18:30 counts for the next day: handed in the next afternoon is in time', async () => {
    const rows = [['甲', '第一事业部', '2025-10-08 18:30', '2025-10-12 14:00', '2025-10-09 17:00']];
    expect(await run(DAILY, rows, '2025-10-15')).toEqual([]);
  });
  it('never handed in: overdue once the cut-off has passed, nothing before', async () => {
    const rows = [['甲', '第一事业部', '2025-10-08 10:00', '2025-10-12 14:00', null]];
    expect(await run(DAILY, rows, '2025-10-08T17:00')).toEqual([]);
    expect(await run(DAILY, rows, '2025-10-09')).toMatchObject([{ status: 'overdue', overdueDays: 1 }]);
  });
  it('outside the week before the event nothing is due (D-8 and the event day)', async () => {
    const rows = [
      ['甲', '第一事业部', '2025-10-04 10:00', '2025-10-12 14:00', null],
      ['乙', '第一事业部', '2025-10-12 09:00', '2025-10-12 14:00', null],
    ];
    expect(await run(DAILY, rows, '2025-10-15')).toEqual([]);
  });
  it('a bare date on the cut-off day cannot be placed; a bare date the day after is late', async () => {
    const rows = [
      ['甲', '第一事业部', '2025-10-08 10:00', '2025-10-12 14:00', '2025-10-08'],
      ['乙', '第一事业部', '2025-10-08 10:00', '2025-10-12 14:00', '2025-10-09'],
    ];
    expect(await run(DAILY, rows, '2025-10-15')).toMatchObject([
      { status: 'indeterminate', row: 2, messageId: 'done-no-time' },
      { status: 'late', row: 3 },
    ]);
  });
  it('group-day: one finding per division and day, however many rows the late file holds', async () => {
    const rows = [
      ['甲', '第一事业部', '2025-10-08 10:00', '2025-10-12 14:00', '2025-10-08 19:00'],
      ['乙', '第一事业部', '2025-10-08 11:00', '2025-10-12 14:00', '2025-10-08 19:00'],
      ['丙', '第二事业部', '2025-10-08 11:00', '2025-10-12 14:00', '2025-10-08 17:00'],
      ['丁', '第二事业部', '2025-10-09 11:00', '2025-10-12 14:00', null],
    ];
    expect(await run({ ...DAILY, per: 'group-day' }, rows, '2025-10-15')).toMatchObject([
      { status: 'late', messageId: 'group-late', data: { group: '第一事业部', count: 2, day: '2025-10-08' } },
      { status: 'overdue', messageId: 'group-overdue', data: { group: '第二事业部', count: 1, day: '2025-10-09' } },
    ]);
  });
});

describe('cutoff: group-day counts only the rows that break the cut-off', () => {
  it('one invitee on time and one never handed in on the same day: one missing instance, at the missing row', async () => {
    const rows = [
      ['甲', '第二事业部', '2025-10-09 09:00', '2025-10-12 14:00', '2025-10-09 17:00'],
      ['乙', '第二事业部', '2025-10-09 10:00', '2025-10-12 14:00', null],
    ];
    expect(await run({ ...DAILY, per: 'group-day' }, rows, '2025-10-15')).toMatchObject([{ status: 'overdue', row: 3, data: { count: 1 } }]);
  });
});

describe('cutoff: the clock depends on the anchor time of day (event-day files)', () => {
  const EVENT_DAY = {
    field: 'reportedAt',
    anchor: 'eventAt',
    at: [
      { ifAnchorFrom: '00:00', offsetDays: -1, clock: '18:00' },
      { ifAnchorFrom: '12:00', clock: '10:00' },
      { ifAnchorFrom: '18:00', clock: '16:00' },
    ],
  };
  it('afternoon event: 09:59 in time, 10:00 late; evening event: 15:59 in time', async () => {
    const rows = [
      ['甲', '第一事业部', '2025-10-12 08:00', '2025-10-12 14:00', '2025-10-12 09:59'],
      ['乙', '第一事业部', '2025-10-12 08:00', '2025-10-12 14:00', '2025-10-12 10:00'],
      ['丙', '第二事业部', '2025-10-12 08:00', '2025-10-12 19:00', '2025-10-12 15:59'],
    ];
    expect(await run(EVENT_DAY, rows, '2025-10-15')).toMatchObject([{ status: 'late', row: 3, dueAt: '2025-10-12T10:00+08:00' }]);
  });
  it('an event time without hour and minute: indeterminate', async () => {
    const rows = [['甲', '第一事业部', '2025-10-12 08:00', '2025-10-12', '2025-10-12 09:00']];
    expect(await run(EVENT_DAY, rows, '2025-10-15')).toMatchObject([{ status: 'indeterminate', messageId: 'anchor-no-time' }]);
  });
});

describe('cutoff: a tier-only deadline relative to the event (Division 1 one day earlier)', () => {
  const D1 = { field: 'confirmedAt', fieldRollover: '18:00', anchor: 'eventAt', at: [{ clock: '00:00' }], tier: 'D1' };
  it('Division 1 confirming on the event day, or after 18:00 the day before, is late; Division 2 is not checked', async () => {
    const rows = [
      ['甲', '第一事业部', '2025-10-11 17:59', '2025-10-12 14:00', null],
      ['乙', '第一事业部', '2025-10-11 18:00', '2025-10-12 14:00', null],
      ['丙', '第一事业部', '2025-10-12 09:00', '2025-10-12 14:00', null],
      ['丁', '第二事业部', '2025-10-12 09:00', '2025-10-12 14:00', null],
    ];
    expect(await run(D1, rows, '2025-10-15')).toMatchObject([
      { status: 'late', row: 3 },
      { status: 'late', row: 4 },
    ]);
  });
});

describe('cutoff: every message', () => {
  const GROUPS = { ...DAILY, per: 'group-day' };
  const BY_CLOCK = { field: 'reportedAt', anchor: 'eventAt', at: [{ offsetDays: -1, clock: '18:00' }, { ifAnchorFrom: '12:00', clock: '10:00' }] };
  // Invitations confirmed the day before: by 00:00 of the event's day; at 18:00 or later counts as the next day's.
  const D1 = { field: 'confirmedAt', fieldRollover: '18:00', anchor: 'eventAt', at: [{ clock: '00:00' }], tier: 'D1' };
  const row = (confirmed: string | null, event: string | null, reported: string | null): (string | null)[] => ['甲', '第一事业部', confirmed, event, reported];
  // [messageId, params, rows, as-of]: a ledger on which the rule emits it.
  const cases: [string, object, (string | null)[][], string][] = [
    ['overdue', DAILY, [row('2025-10-08 10:00', '2025-10-12 14:00', null)], '2025-10-15'],
    ['late', DAILY, [row('2025-10-08 10:00', '2025-10-12 14:00', '2025-10-08 18:00')], '2025-10-15'],
    ['late-rolled', D1, [row('2025-10-11 18:30', '2025-10-12 14:00', null)], '2025-10-15'],
    ['group-overdue', GROUPS, [row('2025-10-08 10:00', '2025-10-12 14:00', null)], '2025-10-15'],
    ['group-late', GROUPS, [row('2025-10-08 10:00', '2025-10-12 14:00', '2025-10-08 19:00')], '2025-10-15'],
    ['anchor-no-time', BY_CLOCK, [row(null, '2025-10-12', '2025-10-11 10:00')], '2025-10-15'],
    ['done-no-time', DAILY, [row('2025-10-08 10:00', '2025-10-12 14:00', '2025-10-08')], '2025-10-15'],
  ];
  it.each(cases)('%s', async (id, params, rows, asOf) => {
    expect((await run(params, rows, asOf)).map((f) => f.messageId)).toEqual([id]);
  });
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(cutoff.messages).sort()));
});
