// The call list every app shows (`ledgerlint todo`, the task pane's 今日待办): the lead time widened
// to the window, the same items from a ledger read once, the words, and the groups by performer.
import { describe, expect, it } from 'vitest';
import { evaluate, prepareLedger, evaluatePrepared } from '../engine/evaluate';
import { getProfile } from '../profiles';
import type { Table } from '../table';
import { byPerformer, todoItems, todoStateWords, workQueue, workQueueProfile, type TodoItem } from './work-queue';

const profile = getProfile('002-1');
const AS_OF = '2025-10-15';

/** Four H customers received on different days (H: a callback within 3 days), two callers. */
const table: Table = {
  sheet: '意向客户回访',
  rows: [
    ['客户编号', '客户名称', '联系电话', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果', '销售顾问'],
    ['K1', '张伟', '13800000001', 'H', '2025-10-08 10:00', null, null, null, null, '周敏'],
    ['K2', '李娜', '13800000002', 'H', '2025-10-12 10:00', null, null, null, null, '孙磊'],
    ['K3', '王芳', '13800000003', 'H', '2025-10-13 10:00', null, null, null, null, '周敏'],
    ['K4', '刘洋', '13800000004', 'H', '2025-10-14 10:00', null, null, null, null, '孙磊'],
  ],
};

describe('workQueueProfile', () => {
  it('widens the lead time to the window, and keeps a profile that already looks that far', () => {
    expect(workQueueProfile(profile, 7).dueSoonDays).toBe(7);
    expect(profile.dueSoonDays).toBeLessThan(7);
    const far = { ...profile, dueSoonDays: 10 };
    expect(workQueueProfile(far, 7)).toBe(far);
  });
});

describe('workQueue', () => {
  it('gives from a ledger read once what todoItems gives from a report evaluated with the widened profile', async () => {
    const prepared = prepareLedger(table, profile);
    const checked = await evaluatePrepared(prepared, { asOf: AS_OF });
    const items = await workQueue(prepared, { asOf: AS_OF, checked });
    const direct = todoItems(await evaluate(table, workQueueProfile(profile, 7), { asOf: AS_OF }), profile, 7);
    expect(items).toEqual(direct);
    // Beyond the profile's lead time (1 day) the kinds say nothing unless asked to look ahead.
    expect(todoItems(checked, profile, 7).length).toBeLessThan(items.length);
    // The H rule's items (the 24-hour rule's are there too): one in each state.
    expect(items.filter((i) => i.ruleId === '002-1-3-H-3d').map((i) => [i.customer, i.state, i.dueAt, i.what.zh])).toEqual([
      ['K1', 'overdue', '2025-10-11', 'H类3天'],
      ['K2', 'due-today', '2025-10-15', 'H类3天'],
      ['K3', 'due-soon', '2025-10-16', 'H类3天'],
      ['K4', 'open', '2025-10-17', 'H类3天'],
    ]);
  });

  it('groups by performer, the group with the oldest overdue item first, list order kept within', async () => {
    const items = await workQueue(prepareLedger(table, profile), { asOf: AS_OF });
    expect(byPerformer(items).map((g) => [g.performer, g.items.map((i) => i.customer)])).toEqual([
      ['周敏', ['K1', 'K1', 'K3', 'K3']],
      ['孙磊', ['K2', 'K2', 'K4', 'K4']],
    ]);
  });
});

describe('todoStateWords', () => {
  const item = (state: TodoItem['state'], dueAt: string, overdueDays = 0) => ({ state, dueAt, overdueDays });
  it.each([
    ['overdue', item('overdue', '2025-10-11', 4), '逾期 4 天', '4 day(s) overdue'],
    ['due today', item('due-today', '2025-10-15T11:00+08:00'), '今天到期', 'due today'],
    ['due soon', item('due-soon', '2025-10-16'), '1 天后到期', 'due in 1 day(s)'],
    ['open, an hour deadline', item('open', '2025-10-20T09:00+08:00'), '5 天后到期', 'due in 5 day(s)'],
  ] as const)('%s', (_, i, zh, en) => {
    expect(todoStateWords(i, '2025-10-15T23:59:00+08:00')).toEqual({ zh, en });
  });
});
