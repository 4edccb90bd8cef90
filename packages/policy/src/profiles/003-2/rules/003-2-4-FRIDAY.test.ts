import { ruleTester } from '../../../testing/rule-tester';

const header = ['项目编号', '项目名称', '报送人', '报送时间'];
const report = (who: string, at: string) => ['周报', '本周客户服务情况', who, at];

ruleTester('003-2-4-FRIDAY', {
  profile: '003-2',
  header,
  valid: [
    {
      name: 'a report by each Friday (Thursday counts for its week; the 国庆 week\'s came on Tuesday 09-30)',
      rows: [report('张敏', '2025-09-19 16:00'), report('张敏', '2025-09-25 17:30'), report('张敏', '2025-09-30 11:00'), report('张敏', '2025-10-10 15:00')],
      asOf: '2025-10-11',
    },
  ],
  invalid: [
    {
      name: 'the week of Friday 10-03 (国庆) had no report; a Monday report without its week counts for the new week',
      rows: [report('张敏', '2025-09-26 15:00'), report('张敏', '2025-10-10 15:00'), report('张敏', '2025-10-20 09:00')],
      asOf: '2025-10-20',
      findings: [
        { status: 'overdue', dueAt: '2025-10-03', overdueDays: 17 },
        { status: 'overdue', dueAt: '2025-10-17', overdueDays: 3 },
      ],
    },
    {
      name: 'three Fridays in a row without a report: one finding for the three weeks',
      rows: [report('张敏', '2025-09-12 15:00'), report('张敏', '2025-10-10 15:00')],
      asOf: '2025-10-11',
      findings: [{ status: 'overdue', messageId: 'overdue-run', dueAt: '2025-09-19', overdueDays: 22, text: '张敏：自 2025-09-13 起连续 3 周没有报送（2025-09-13 至 2025-10-03），第一期应于 2025-09-19 前报送' }],
    },
    {
      name: 'a report naming its week (报告所属期) handed in on Monday is late for that Friday',
      header: ['项目编号', '项目名称', '报送人', '报送时间', '报告所属期'],
      rows: [
        [...report('张敏', '2025-10-10 15:00'), '2025-10-10'],
        [...report('张敏', '2025-10-20 09:00'), '2025-10-17'],
      ],
      asOf: '2025-10-20',
      findings: [{ status: 'late', dueAt: '2025-10-17', overdueDays: 3 }],
    },
  ],
});
