import type { RuleInput } from '../../../profile/schema';

/** 002-4-4.4-10-20-30: the callback e-file goes to 马总 on the 10th, 20th and 30th of each month. */
export const rule: RuleInput = {
  id: '002-4-4.4-10-20-30',
  kind: 'report-schedule',
  title: { zh: '每月10号、20号、30号把回访电子文件发给马总', en: 'Callback e-file sent to 马总 on the 10th, 20th and 30th of each month' },
  short: { zh: '10/20/30号报送', en: 'e-file 10/20/30' },
  modality: 'M',
  citation: { clause: '四、4', lines: 'L70', quote: '填写后以电子文件发送给马总(10天发送一次电子文件,每月10号、20号、30号)' },
  reading: {
    zh: '每位业务员每期一份电子文件（业务员由「报送人」列、否则由「业务员」列认定；两列都没有时无法分清各人的文件，报“无法判断”，不拿一份文件代表所有人）：1-10 日的回访 10 号前发，11-20 日的 20 号前发，21 日到月末的在当月最后一天前发，截止到当天 24:00。条文写“30号”，按目录 §16 A13 以月末为第三期截止：2 月没有 30 号，31 日也须归入某一期，所以 2 月截止于 28 或 29 日，31 天的月份截止于 31 日。截止日遇节假日不顺延（小公司内部规定）。回访台账每行的「发送日期」表示这条回访随哪次文件发出；单独的报送登记行（只有报送人、发送日期）也可以。逾期未报的报告列在该业务员名下，指向他这一期最后一条回访记录，不指向别人的行；连续几期未报合为一条，指向其中最后一期。',
    en: 'One e-file per salesperson per cycle (the salesperson from 报送人, else 业务员; without either the files cannot be told apart and the rule is indeterminate, never one file standing for everyone): callbacks of the 1st-10th sent by the 10th, the 11th-20th by the 20th, the 21st to the month end by the month\'s last day, by 24:00 of that day. The text says "the 30th"; per catalog §16 A13 the third cycle ends with the month: February has no 30th and the 31st must belong to some cycle, so February is due on the 28th or 29th and 31-day months on the 31st. A due date on a holiday does not move (a small firm\'s internal rule). Each callback row\'s 发送日期 says with which e-file it went; separate report rows (submitter and date only) work too. A missing report is listed under its salesperson and points at his last callback row of that cycle, never at someone else\'s row; cycles missed in a row are one finding, pointing at the last of them.',
  },
  params: { due: { every: 'month', days: [10, 20, 31] }, perSubmitter: true, by: { fields: ['submitter', 'performer'] } },
};
