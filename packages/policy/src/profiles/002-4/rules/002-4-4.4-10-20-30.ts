import type { RuleInput } from '../../../profile/schema';

/** 002-4-4.4-10-20-30: the callback e-file goes to 马总 on the 10th, 20th and 30th of each month. */
export const rule: RuleInput = {
  id: '002-4-4.4-10-20-30',
  kind: 'report-schedule',
  title: { zh: '每月10号、20号、30号把回访电子文件发给马总', en: 'Callback e-file sent to 马总 on the 10th, 20th and 30th of each month' },
  short: { zh: '10/20/30号报送', en: 'e-file 10/20/30' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第四篇《客户回访制度》四、4', lines: 'L70', quote: '填写后以电子文件发送给马总(10天发送一次电子文件,每月10号、20号、30号)' },
  reading: {
    zh: '每位业务员每期一份电子文件：1-10 日的回访 10 号前发，11-20 日的 20 号前发，21-30 日的 30 号前发，截止到当天 24:00。2月没有30号，按当月最后一天（28 或 29 日）截止，报告中会注明。31 日按条文归入下月第一期（目录建议以月末为第三期截止，可在自定义配置中把 30 改为 31，即每月最后一天）。截止日遇节假日不顺延（小公司内部规定）。回访台账每行的「发送日期」表示这条回访随哪次文件发出；单独的报送登记行（只有报送人、发送日期）也可以。',
    en: 'One e-file per salesperson per cycle: callbacks of the 1st-10th sent by the 10th, the 11th-20th by the 20th, the 21st-30th by the 30th, by 24:00 of that day. February has no 30th: the due date is its last day (28th or 29th), and the finding says so. The 31st falls into the next month\'s first cycle, as written (the catalog recommends the month end for the third cycle; a custom profile can set 31 instead of 30, which means each month\'s last day). A due date on a holiday does not move (a small firm\'s internal rule). Each callback row\'s 发送日期 says with which e-file it went; separate report rows (submitter and date only) work too.',
  },
  params: { due: { every: 'month', days: [10, 20, 30] }, perSubmitter: true },
};
