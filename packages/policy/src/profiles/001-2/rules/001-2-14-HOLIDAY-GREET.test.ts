import { ruleTester } from '../../../testing/rule-tester';
import { header, row } from '../test-rows';

const greeting = { type: '节日问候', channel: '短信', content: '国庆中秋快乐，祝阖家幸福' };

ruleTester('001-2-14-HOLIDAY-GREET', {
  profile: '001-2',
  header,
  valid: [
    { name: 'greeted on 國慶 eve (2025-10-01..08 is one period with 中秋)', rows: [row('C1', '2025-09-10'), row('C1', '2025-09-30', greeting)], asOf: '2025-10-15' },
    { name: 'boundary: 3 days before the period (09-28, itself a make-up working day)', rows: [row('C1', '2025-09-10'), row('C1', '2025-09-28', greeting)], asOf: '2025-10-15' },
    { name: 'boundary: the last day of the period', rows: [row('C1', '2025-09-10'), row('C1', '2025-10-08', greeting)], asOf: '2025-10-15' },
    { name: 'a customer first seen after the holiday owes nothing for it', rows: [row('C1', '2025-10-10')], asOf: '2025-10-15' },
    { name: '清明 and 劳动节 are not on the default list', rows: [row('C1', '2025-03-20'), row('C1', '2025-02-01', greeting)], asOf: '2025-06-15' },
  ],
  invalid: [
    {
      name: 'no greeting for 国庆/中秋',
      rows: [row('C1', '2025-09-10'), row('C1', '2025-10-12')],
      asOf: '2025-10-15',
      findings: [{ status: 'violation', dueAt: '2025-10-08', row: 3 }],
    },
    {
      name: 'greeted too early (4 days before): 春节 2025 missed',
      rows: [row('C1', '2025-01-10'), row('C1', '2025-01-24', greeting)],
      asOf: '2025-02-10',
      findings: [{ status: 'violation', dueAt: '2025-02-04' }],
    },
    {
      name: 'during the holiday with no greeting yet: open (进行中) from the window\'s first day',
      rows: [row('C1', '2025-09-10')],
      asOf: '2025-10-03',
      findings: [{ status: 'open', dueAt: '2025-10-08', severity: 'info', text: '问候窗口已开始' }],
    },
    {
      name: 'within the lead time (3 days), no greeting yet: due soon',
      rows: [row('C1', '2025-09-10')],
      asOf: '2025-10-06',
      findings: [{ status: 'due-soon', dueAt: '2025-10-08', severity: 'info' }],
    },
  ],
});
