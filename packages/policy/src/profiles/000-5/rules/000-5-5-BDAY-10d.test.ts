import { ruleTester } from '../../../testing/rule-tester';

const header = ['客人编号', '客人姓名', '生日/寿辰', '上报时间', '录入时间', '回访时间', '回访方式', '回访类型', '回访内容'];
const info = (birthday: string, reported = '2025-01-09 15:00') => ['G1', '王建国', birthday, reported, '2025-01-10 10:00', null, null, null, null];
const call = (at: string, channel = '电话', type = '生日回访') => ['G1', '王建国', null, null, null, at, channel, type, '祝贺生日，预订生日宴包厢'];

ruleTester('000-5-5-BDAY-10d', {
  profile: '000-5',
  header,
  valid: [
    { name: 'a call exactly 10 days before', rows: [info('1960-06-20'), call('2025-06-10 10:00')], asOf: '2025-10-15' },
    { name: 'a visit 17 days before (the window opens)', rows: [info('1960-06-20'), call('2025-06-03', '上门')], asOf: '2025-10-15' },
    { name: 'the window has not opened yet (18 days before)', rows: [info('1960-06-20')], asOf: '2025-06-02' },
    { name: 'called on the window\'s first day, the window still open', rows: [info('1960-06-20'), call('2025-06-03 10:00')], asOf: '2025-06-05' },
    // The regulation's own word (电话或登门), a visit in every profile (issue 13).
    { name: 'a 登门 visit 10 days before', rows: [info('1960-06-20'), call('2025-06-10 10:00', '登门')], asOf: '2025-10-15' },
    { name: 'information received after the due day of this year', rows: [info('1960-01-15')], asOf: '2025-10-15' },
    { name: '29 February falls on 28 February in 2025', rows: [info('1964-02-29', '2024-12-01 10:00'), call('2025-02-18 10:00')], asOf: '2025-10-15' },
  ],
  invalid: [
    {
      name: 'the only call in the window by 电活 (a typo): it may be the call, indeterminate naming the row',
      rows: [info('1960-06-20'), call('2025-06-10 10:00', '电活')],
      asOf: '2025-10-15',
      findings: [{ status: 'indeterminate', messageId: 'unsure-contact', row: 3, column: '回访方式' }],
    },
    {
      name: 'no call at all is overdue, 50元',
      rows: [info('1960-06-20')],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', row: 2, column: '生日/寿辰', dueAt: '2025-06-10', overdueDays: 127 }],
    },
    {
      name: '9 days before is late',
      rows: [info('1960-06-20'), call('2025-06-11 10:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'late', row: 3, dueAt: '2025-06-10', overdueDays: 1 }],
    },
    {
      name: 'an SMS greeting is not a callback',
      rows: [info('1960-06-20'), call('2025-06-08 10:00', '短信')],
      asOf: '2025-10-15',
      findings: [{ status: 'overdue', dueAt: '2025-06-10' }],
    },
    {
      name: 'each year is its own due date',
      rows: [info('1960-03-01', '2023-11-01 10:00'), call('2024-02-18 10:00'), call('2025-02-20 10:00')],
      asOf: '2025-10-15',
      findings: [{ status: 'late', row: 4, dueAt: '2025-02-19', overdueDays: 1 }],
    },
    {
      name: 'due soon on the last day of the window',
      rows: [info('1960-06-20')],
      asOf: '2025-06-09',
      findings: [{ status: 'due-soon', severity: 'info', dueAt: '2025-06-10' }],
    },
    {
      name: 'the window opened (17 days before) and no call yet: open (进行中), saying the window and by when',
      rows: [info('1960-06-20')],
      asOf: '2025-06-05',
      findings: [{ status: 'open', severity: 'info', messageId: 'open', dueAt: '2025-06-10', text: '回访窗口已开始：生日/寿辰 2025-06-20，请于 2025-06-10 前回访（窗口 2025-06-03 至 2025-06-10）' }],
    },
  ],
});

ruleTester('000-5-5-BDAY-10d', {
  profile: '000-5',
  header: ['客人编号', '生日/寿辰', '农历生日', '上报时间', '回访时间', '回访方式', '回访类型', '回访内容'],
  valid: [
    {
      name: 'a lunar 寿辰 (九月初六: 2024-10-08, 2025-10-26) called each year',
      rows: [['G9', null, '九月初六', '2024-03-01 15:00', null, null, null, null], ['G9', null, null, null, '2024-09-28 10:00', '电话', '寿辰回访', '祝寿'], ['G9', null, null, null, '2025-10-15 10:00', '上门', '寿辰回访', '登门祝寿']],
      asOf: '2025-10-20',
    },
  ],
  invalid: [
    {
      name: 'a lunar 寿辰 called on the Gregorian date of the wrong calendar',
      rows: [['G9', null, '九月初六', '2025-03-01 15:00', null, null, null, null], ['G9', null, null, null, '2025-08-27 10:00', '电话', '寿辰回访', '祝寿']],
      asOf: '2025-10-20',
      findings: [{ status: 'overdue', dueAt: '2025-10-16', column: '农历生日' }],
    },
  ],
});
