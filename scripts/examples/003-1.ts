/** The 003-1 example: the invitation register of two divisions for one joint afternoon event. */
import type { ExampleLedger } from './types';

const header = ['顾客编号', '顾客姓名', '联系电话', '事业部', '邀约人', '敲定时间', '会议时间', '投箱时间', '业绩归属'];
const EVENT = '2025-10-12 14:00';

// 顾客编号, 顾客姓名, 联系电话, 事业部, 邀约人, 敲定时间, 会议时间, 投箱时间, 业绩归属
const rows: ExampleLedger['rows'] = [
  // Confirmed and handed in before 18:00 the same day.
  ['K01', '王秀英', '13906390001', '第一事业部', '张丽', '2025-10-06 10:20', EVENT, '2025-10-06 17:30', '张丽'],
  ['K02', '李桂兰', '13906390002', '第一事业部', '张丽', '2025-10-07 15:00', EVENT, '2025-10-07 17:40', null],
  ['K03', '陈建国', '13906390003', '第二事业部', '赵刚', '2025-10-06 11:00', EVENT, '2025-10-06 17:50', '赵刚'],
  // Confirmed at 18:30: counts as the next day's, handed in before 18:00 then.
  ['K04', '刘淑珍', '13906390004', '第二事业部', '赵刚', '2025-10-08 18:30', EVENT, '2025-10-09 17:20', null],
  // Division 1's file of 10-08 went in at 19:10 (one late file, two invitees) ...
  ['K05', '杨玉梅', '13906390005', '第一事业部', '孙芳', '2025-10-08 10:00', EVENT, '2025-10-08 19:10', '孙芳'],
  ['K06', '周志强', '13906390006', '第一事业部', '孙芳', '2025-10-08 11:30', EVENT, '2025-10-08 19:10', null],
  // ... and Division 2 confirmed 杨玉梅 at 16:00 that day: she is Division 2's, and so is her sale.
  ['K05', '杨玉梅', '13906390005', '第二事业部', '赵刚', '2025-10-08 16:00', EVENT, '2025-10-08 17:45', null],
  // Division 2's file of 10-09 never went into the box.
  ['K07', '吴秀珍', '13906390007', '第二事业部', '钱伟', '2025-10-09 10:00', EVENT, null, null],
  // Division 1 confirmed 郑国华 on time; Division 2 invited him again on 10-10.
  ['K08', '郑国华', '13906390008', '第一事业部', '张丽', '2025-10-07 09:00', EVENT, '2025-10-07 17:40', null],
  ['K08', '郑国华', '13906390008', '第二事业部', '钱伟', '2025-10-10 14:00', EVENT, '2025-10-10 17:00', null],
  // Event day: Division 1 still inviting; Division 2's file after 10:00.
  ['K09', '黄美玲', '13906390009', '第一事业部', '孙芳', '2025-10-12 08:30', EVENT, '2025-10-12 09:40', null],
  ['K10', '何建平', '13906390010', '第二事业部', '赵刚', '2025-10-12 09:00', EVENT, '2025-10-12 10:20', null],
  // A file without the customer's phone.
  ['K11', '马丽华', null, '第二事业部', '钱伟', '2025-10-10 10:00', EVENT, '2025-10-10 17:00', null],
  ['K12', '林志明', '13906390012', '第一事业部', '张丽', '2025-10-10 11:00', EVENT, '2025-10-10 17:00', '张丽'],
  ['K13', '高凤英', '13906390013', '第二事业部', '钱伟', '2025-10-11 10:30', EVENT, '2025-10-11 17:10', null],
];

export const example: ExampleLedger = {
  file: '003-1-joint-event',
  sheet: '邀约敲定顾客档案',
  title: ['联合会议营销活动 邀约敲定顾客档案明细表（10月12日下午场）', '会前一周每天晚6点前投入“资源共享”箱；会议当天上午10点前投入；6点后邀约算第二天。'],
  header,
  types: { 5: 'datetime', 6: 'datetime', 7: 'datetime' },
  widths: [9, 9, 14, 11, 8, 17, 17, 17, 9],
  rows,
};
