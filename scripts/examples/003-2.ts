/** The 003-2 example: an IT firm's project service ledger (inquiries and project callbacks), one mistake of each kind. */
import { addMonths, dayFromYmd, isoDate } from '../../packages/policy/src/time/day';
import type { ExampleLedger } from './types';

const header = [
  '项目编号', '项目名称', '客户名称', '交付日期', '记录类型', '回访日期', '方式', '回访内容', '回访结果', '回访人',
  '事项编号', '来询时间', '问题描述', '首问人', '移交对象', '移交时间', '办结人', '办结时间', '工作联络单',
];
type Cell = string | number | null;
const col = (name: string) => header.indexOf(name);

function row(project: Cell[], cells: Record<string, Cell>): Cell[] {
  const r: Cell[] = [...project, ...new Array(header.length - project.length).fill(null)];
  for (const [k, v] of Object.entries(cells)) r[col(k)] = v;
  return r;
}
const callback = (project: Cell[], at: string, content: string, channel = '电话', type = '项目回访') =>
  row(project, { 记录类型: type, 回访日期: at, 方式: channel, 回访内容: content, 回访结果: '已接通', 回访人: '赵丽' });

const P01 = ['XM001', '华信科技官网', '华信科技有限公司', '2024-04-15'];
const P02 = ['XM002', '远航物流商城', '远航物流股份公司', '2025-06-16'];
const P03 = ['XM003', '东方传媒OA系统', '东方传媒集团', '2025-07-01'];

// P01: a callback on the 10th of each month of its first year (the December one with the New-Year gift), then quarterly.
const firstYear = Array.from({ length: 12 }, (_, k) => {
  const at = isoDate(addMonths(dayFromYmd(2024, 4, 10), k + 1));
  return at.startsWith('2024-12')
    ? callback(P01, at, '寄送新年台历和贺卡，了解明年需求：计划上线英文版', '电话', '新年礼物')
    : callback(P01, at, '网站运行正常，客户对访问速度满意');
});

const rows: ExampleLedger['rows'] = [
  ...firstYear,
  callback(P01, '2025-06-20', '季度回访：网站运行稳定，建议增加站内搜索'),
  callback(P01, '2025-10-09', '季度回访：节日期间访问量高峰，运行正常', '上门'),
  // Inquiries: handled by the first receiver, with the work-contact form.
  row(P01, { 方式: '电话', 事项编号: 'W2510-01', 来询时间: '2025-10-09 09:10', 问题描述: '后台无法登录', 首问人: '张敏', 办结人: '张敏', 办结时间: '2025-10-09 10:00', 工作联络单: 'LL-1001' }),
  // An on-site request, nothing recorded about it.
  row(P01, { 方式: '上门', 事项编号: 'W2510-05', 来询时间: '2025-10-14 08:50', 问题描述: null, 首问人: '张敏', 办结人: '张敏', 办结时间: '2025-10-14 16:00', 工作联络单: 'LL-1005' }),
  // P02: month 2's callback was an e-mail (does not count), month 4's (09-16 to 10-15) is due on the as-of day.
  callback(P02, '2025-07-10', '上线后首次回访，订单功能正常'),
  callback(P02, '2025-08-12', '发送运行月报，请客户确认', '邮件'),
  callback(P02, '2025-09-15', '回访：支付渠道需增加微信支付'),
  // Closed by someone other than the first receiver, with no transfer registered.
  row(P02, { 方式: '电话', 事项编号: 'W2510-02', 来询时间: '2025-10-10 14:00', 问题描述: '支付接口报错', 首问人: '李强', 办结人: '王工', 办结时间: '2025-10-11 09:30', 工作联络单: 'LL-1002' }),
  // On the make-up Saturday 10-11: no first receiver written down.
  row(P02, { 方式: '电话', 事项编号: 'W2510-03', 来询时间: '2025-10-11 09:30', 问题描述: '微信支付回调失败', 首问人: null }),
  // P03: no callback in month 2 (08-01 to 08-31).
  callback(P03, '2025-07-20', '上线后首次回访，流程审批正常'),
  callback(P03, '2025-09-25', '回访：客户希望增加移动端审批'),
  // The customer had to call again before the matter was closed; closed without a work-contact form.
  row(P03, { 方式: '电话', 事项编号: 'W2510-04', 来询时间: '2025-10-13 10:00', 问题描述: '图片上传失败', 首问人: '张敏', 办结人: '张敏', 办结时间: '2025-10-15 09:00', 工作联络单: null }),
  row(P03, { 方式: '电话', 事项编号: 'W2510-04', 来询时间: '2025-10-14 16:00', 问题描述: '催问图片上传问题', 首问人: '张敏' }),
];

export const example: ExampleLedger = {
  file: '003-2-project-service',
  sheet: '项目服务台账',
  title: ['客服部 项目服务台账（来询受理与项目回访）', '填表说明：首问人负责到底，非本人职责须登记移交；交付一年内的项目每月电话回访一次，一年以上每季一次。'],
  header,
  types: { [col('交付日期')]: 'date', [col('回访日期')]: 'date', [col('来询时间')]: 'datetime', [col('移交时间')]: 'datetime', [col('办结时间')]: 'datetime' },
  widths: header.map((h) => (h === '回访内容' || h === '问题描述' ? 30 : h === '来询时间' || h === '办结时间' || h === '移交时间' ? 17 : h.length > 3 ? 14 : 10)),
  rows,
};
