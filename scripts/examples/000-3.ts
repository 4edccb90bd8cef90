/** The 000-3 example: a wealth firm's 客户回访记录表, with a mistake of each important kind. */
import type { ExampleLedger } from './types';

// 客户编号, 理财客户, 联系电话, 理财经理, 签约日期, 回访类型, 回访日期, 回访时间, 回访方式, 响铃时长(秒), 回访结果, 回访专员,
// 录音编号, 回访内容, 存在的问题, 处理结果, 客户意见建议, 意见答复日期, 重大异常, 上报主管时间, 二次回访时间, 最终处理意见, 态度投诉核实结果
const NEW = '新签约回访';
const CONT = '持续回访';
const OK = '核实合同关键条款及风险揭示，客户确认理解产品风险';
const SAT = '了解理财经理服务，客户对投资建议满意';
const row = (id: string, name: string, phone: string | null, fm: string, signed: string, type: string | null, date: string | null, time: string | null, channel: string | null, ring: number | null, outcome: string | null, by: string | null, rec: string | null, content: string | null, issue: string | null = '无', result: string | null = '无', extra: (string | null)[] = []) =>
  [id, name, phone, fm, signed, type, date, time, channel, ring, outcome, by, rec, content, issue, result, ...extra, ...Array(7 - extra.length).fill(null)];
const rows: ExampleLedger['rows'] = [
  // Signed before 国庆, called back on time: the new-signing callback on the 3rd working day.
  row('LC2025001', '赵敏', '13900000001', '李强', '2025-09-01', NEW, '2025-09-03', '10:30', '电话', null, '已接通', '王芳', 'REC-250903-01', OK),
  // Signed on Friday 09-26: two unanswered tries, reached on 10-09, the 4th working day (Sunday 09-28 is a make-up day).
  row('LC2025002', '钱伟', '13900000002', '李强', '2025-09-26', NEW, '2025-09-29', '10:20', '电话', 25, '无人接听', '王芳', null, '响铃25秒无人接听'),
  row('LC2025002', '钱伟', '13900000002', '李强', '2025-09-26', NEW, '2025-09-29', '14:40', '电话', 28, '无人接听', '王芳', null, '响铃28秒无人接听，改日再拨'),
  row('LC2025002', '钱伟', '13900000002', '李强', '2025-09-26', NEW, '2025-10-09', '10:15', '电话', null, '已接通', '王芳', 'REC-251009-02', OK),
  // The first callback three weeks after signing: the 5 working days ran out on Sunday 09-28.
  row('LC2025003', '孙丽', '13900000003', '周涛', '2025-09-22', NEW, '2025-10-13', '10:30', '电话', null, '已接通', '刘洋', 'REC-251013-01', OK),
  // Signed in August and never called back: the September completion rate falls to 50%.
  row('LC2025004', '李娜', '13900000004', '周涛', '2025-08-11', null, null, null, null, null, null, null, null, null, null, null),
  row('LC2025005', '周杰', '13900000005', '李强', '2025-08-05', NEW, '2025-08-07', '10:40', '电话', null, '已接通', '王芳', 'REC-250807-03', OK),
  // An old client with a continuing callback every year.
  row('LC2023006', '吴刚', '13900000006', '陈静', '2023-05-10', NEW, '2023-05-12', '10:30', '电话', null, '已接通', '刘洋', 'REC-230512-01', OK),
  row('LC2023006', '吴刚', '13900000006', '陈静', '2023-05-10', CONT, '2023-11-20', '14:30', '电话', null, '已接通', '刘洋', 'REC-231120-02', SAT),
  row('LC2023006', '吴刚', '13900000006', '陈静', '2023-05-10', CONT, '2024-06-12', '15:10', '电话', null, '已接通', '王芳', 'REC-240612-01', SAT),
  row('LC2023006', '吴刚', '13900000006', '陈静', '2023-05-10', CONT, '2025-03-18', '10:20', '电话', null, '已接通', '王芳', 'REC-250318-04', SAT),
  // 17 months between two continuing callbacks (2023-11-21, 2025-04-10): more than the 12 months after the last one.
  row('LC2023007', '郑洁', '13900000007', '陈静', '2023-03-15', NEW, '2023-03-16', '10:30', '电话', null, '已接通', '刘洋', 'REC-230316-02', OK),
  row('LC2023007', '郑洁', '13900000007', '陈静', '2023-03-15', CONT, '2023-11-21', '15:00', '电话', null, '已接通', '刘洋', 'REC-231121-01', SAT),
  row('LC2023007', '郑洁', '13900000007', '陈静', '2023-03-15', CONT, '2025-04-10', '10:40', '电话', null, '已接通', '王芳', 'REC-250410-02', SAT),
  // The continuing callback was made by the client's own financial manager; the client complained about her attitude.
  row('LC2024008', '王磊', '13900000008', '陈静', '2024-02-20', NEW, '2024-02-21', '10:30', '电话', null, '已接通', '刘洋', 'REC-240221-01', OK),
  row('LC2024008', '王磊', '13900000008', '陈静', '2024-02-20', CONT, '2024-09-10', '14:20', '电话', null, '已接通', '陈静', 'REC-240910-03', SAT),
  row('LC2024008', '王磊', '13900000008', '陈静', '2024-02-20', CONT, '2025-05-20', '10:10', '电话', null, '已接通', '王芳', 'REC-250520-01', '客户反映理财经理催促追加投资、说话不耐烦', '理财经理服务态度差', '已转营业部核实', [null, null, null, null, null, null, '属实']),
  // An opinion answered a day late (5 working days ended 07-15).
  row('LC2025009', '冯雪', '13900000009', '李强', '2025-07-07', NEW, '2025-07-08', '10:30', '电话', null, '已接通', '王芳', 'REC-250708-02', OK, '无', '无', ['希望增加手机端净值查询', '2025-07-16']),
  // A 12-second ring, two tries in one morning, then given up: too few valid attempts, and never completed.
  row('LC2025010', '陈晨', '13900000010', '周涛', '2025-06-02', NEW, '2025-06-03', '10:10', '电话', 12, '无人接听', '刘洋', null, '无人接听'),
  row('LC2025010', '陈晨', '13900000010', '周涛', '2025-06-02', NEW, '2025-06-03', '10:30', '电话', 30, '无人接听', '刘洋', null, '无人接听'),
  row('LC2025010', '陈晨', '13900000010', '周涛', '2025-06-02', NEW, '2025-06-04', '10:20', '电话', 30, '联系不上', '刘洋', null, null),
  // A call at lunch time without its recording.
  row('LC2025011', '褚红', '13900000011', '李强', '2025-05-12', NEW, '2025-05-13', '12:30', '电话', null, '已接通', '王芳', null, OK),
  // A major anomaly (signs of a proxy signature): reported, but no second callback and no decision yet.
  row('LC2024012', '卫东', '13900000012', '周涛', '2024-11-04', NEW, '2024-11-05', '10:30', '电话', null, '已接通', '刘洋', 'REC-241105-01', OK),
  row('LC2024012', '卫东', '13900000012', '周涛', '2024-11-04', CONT, '2025-09-16', '10:30', '电话', null, '已接通', '王芳', 'REC-250916-02', '客户称风险测评问卷不是本人填写', '疑似理财经理代客户签名', '已上报主管', [null, null, '是', '2025-09-16 11:00']),
  // Called back on a national holiday, and after the 5 working days.
  row('LC2025013', '蒋敏', '13900000013', '陈静', '2025-09-15', NEW, '2025-10-01', '10:30', '电话', null, '已接通', '刘洋', 'REC-251001-01', OK),
  // No phone number on file, and the problems-found cell left blank.
  row('LC2025014', '沈阳', null, '李强', '2025-04-01', NEW, '2025-04-02', '14:30', '电话', null, '已接通', '王芳', 'REC-250402-03', OK, null),
  // Signed this week: the new-signing callback is still open.
  row('LC2025015', '韩梅', '13900000015', '周涛', '2025-10-13', null, null, null, null, null, null, null, null, null, null, null),
];

const header = ['客户编号', '理财客户', '联系电话', '理财经理', '签约日期', '回访类型', '回访日期', '回访时间', '回访方式', '响铃时长(秒)', '回访结果', '回访专员', '录音编号', '回访内容', '存在的问题', '处理结果', '客户意见建议', '意见答复日期', '重大异常', '上报主管时间', '二次回访时间', '最终处理意见', '态度投诉核实结果'];

export const example: ExampleLedger = {
  file: '000-3-wealth-callbacks',
  sheet: '客户回访记录表',
  title: ['同江投资 理财管理部 客户回访记录表', '填表说明：新签约客户5个工作日内开展回访、一个自然月内完成；每年至少一次持续回访；电话回访须录音；未接听须换时间至少拨打三次。'],
  header,
  types: { 4: 'date', 6: 'date', 7: 'clock', 17: 'date', 19: 'datetime', 20: 'datetime' },
  widths: [12, 8, 13, 8, 12, 11, 12, 8, 8, 10, 9, 9, 15, 36, 22, 16, 22, 12, 8, 16, 16, 20, 12],
  rows,
};
