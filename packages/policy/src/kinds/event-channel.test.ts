import { describe, expect, it } from 'vitest';
import { findingsOfKind } from '../testing/kind-check';

describe('event-channel (the 24-hour callback must be a call, not a message)', () => {
  const h = ['客户编号', '接待时间', '回访时间', '回访方式', '回访内容'];
  const params = { anchor: 'receptionAt', unit: 'minutes', from: 1, to: 1440, allowed: ['phone', 'visit'] };
  const run = (rows: (string | null)[][], p: object = params) => findingsOfKind('event-channel', p, h, rows, '2025-03-10');
  it('only messages in the window: each is a violation; a call in it clears them', async () => {
    const sms = ['K1', '2025-03-05 09:30', '2025-03-05 15:00', '短信', '问候'];
    const found = await run([sms]);
    expect(found.map((f) => [f.row, f.status, f.messageId, f.column])).toEqual([[2, 'violation', 'wrong-channel', '回访方式']]);
    expect(await run([sms, ['K1', '2025-03-05 09:30', '2025-03-05 16:00', '电话', '回访']])).toEqual([]);
  });
  it('a message outside the window is not this rule\'s', async () => {
    expect(await run([['K1', '2025-03-05 09:30', '2025-03-07 15:00', '短信', '问候']])).toEqual([]);
  });
  it('an unreadable channel in the window may be the call: indeterminate', async () => {
    const rows = [['K1', '2025-03-05 09:30', '2025-03-05 15:00', '短信', '问候'], ['K1', '2025-03-05 09:30', '2025-03-05 16:00', '电活', '回访']];
    expect((await run(rows)).map((f) => [f.status, f.messageId])).toEqual([['indeterminate', 'unsure-contact']]);
  });
  it('a date-only anchor cannot place a clock window: anchor-no-time', async () => {
    expect((await run([['K1', '2025-03-05', '2025-03-05 15:00', '短信', '问候']])).map((f) => f.messageId)).toEqual(['anchor-no-time']);
  });
  it('working days in a year the calendar does not know: calendar-unknown', async () => {
    const p = { ...params, unit: 'workdays', from: 0, to: 5 };
    expect((await run([['K1', '2040-03-05', '2040-03-06', '短信', '问候']], p)).map((f) => f.messageId)).toEqual(['calendar-unknown']);
  });
});
