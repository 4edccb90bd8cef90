import { expect, it } from 'vitest';
import { getProfile } from '../../../profiles';
import { renderFinding } from '../../../report/messages';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';
import { header, invitee } from '../test-rows';

const EVENT = '2025-10-12 14:00';
const at1800 = { rows: [invitee('K1', '第一事业部', '张三', '2025-10-11 18:00', EVENT, '2025-10-12 09:00')], asOf: '2025-10-15' };

ruleTester('003-1-1-D1-EARLIER', {
  profile: '003-1',
  header,
  valid: [
    { name: 'Division 1 confirms the day before at 17:59', rows: [invitee('K1', '第一事业部', '张三', '2025-10-11 17:59', EVENT, '2025-10-11 17:59')], asOf: '2025-10-15' },
    { name: 'Division 2 may confirm on the event day', rows: [invitee('K1', '第二事业部', '李四', '2025-10-12 09:00', EVENT, '2025-10-12 09:30')], asOf: '2025-10-15' },
  ],
  invalid: [
    { name: 'Division 1 confirming at 18:00 the day before counts as the event day\'s: info, the message says why', ...at1800, findings: [{ status: 'late', severity: 'info', row: 2, messageId: 'late-rolled' }] },
    { name: 'Division 1 confirming on the event day: info (to be confirmed with the business)', rows: [invitee('K1', '第一事业部', '张三', '2025-10-12 08:00', EVENT, '2025-10-12 09:00')], asOf: '2025-10-15', findings: [{ status: 'late', severity: 'info', messageId: 'late' }] },
  ],
});

it('003-1-1-D1-EARLIER: the 18:00 carry-over is explained in both languages', async () => {
  const [f] = await findingsOf('003-1-1-D1-EARLIER', '003-1', header, { name: 'D1 at 18:00 the day before', ...at1800 });
  const zh = renderFinding(f, getProfile('003-1'), 'zh');
  const en = renderFinding(f, getProfile('003-1'), 'en');
  expect(zh).toContain('「敲定时间」为 2025-10-11 18:00，在 18:00 之后，按规定算作次日 2025-10-12 的');
  expect(en).toContain('after 18:00, so it counts as the next day\'s (2025-10-12)');
});
