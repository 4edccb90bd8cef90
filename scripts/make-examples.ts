/**
 * Writes the example ledgers in examples/ledgers/ from the scenarios below (committed output;
 * rerun with `pnpm examples` after changing them). The .xlsx uses real date cells, a title block
 * above the header, and a separate clock column, as clerks' workbooks do; the .csv is the same
 * ledger as Excel on zh-CN Windows saves it (GBK).
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../packages/xlsx/package.json', import.meta.url)));
const ExcelJS = require('exceljs');
const iconv = require('iconv-lite');

const out = (name: string) => fileURLToPath(new URL(`../examples/ledgers/${name}`, import.meta.url));

// 客户编号, 客户姓名, 联系电话, 意向车型, 意向级别, 来店时间, 回访日期, 回访时间, 回访方式, 回访内容, 回访结果, 存在的问题, 处理结果, 提车时间, 首保日期, 销售顾问
type Row = [string, string, string, string, string, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string];
const T = '试驾后对动力满意，周末带家人再来看车';
const rows: Row[] = [
  // H, called back on time, every 3 days.
  ['K001', '张伟', '13800000001', '轩逸', 'H', '2025-10-08 10:30', '2025-10-08', '16:20', '电话', '介绍轩逸配置和本月优惠，客户周末来试驾', '已接通', null, null, null, null, '孙磊'],
  ['K001', '张伟', '13800000001', '轩逸', 'H', '2025-10-08 10:30', '2025-10-11', '10:00', '电话', '邀约试驾，确认周六上午到店', '已接通', null, null, null, null, '孙磊'],
  ['K001', '张伟', '13800000001', '轩逸', 'H', '2025-10-08 10:30', '2025-10-14', '15:30', '上门', T, '成功', null, null, null, null, '孙磊'],
  // H, the 24-hour callback came a day late, and no contact for 4 days now.
  ['K002', '李娜', '13800000002', '天籁', 'H', '2025-10-09 14:00', '2025-10-10', '15:00', '电话', '询问试驾感受，客户关心置换政策', '已接通', '旧车置换补贴多少？', null, null, null, '孙磊'],
  ['K002', '李娜', '13800000002', '天籁', 'H', '2025-10-09 14:00', '2025-10-11', '11:00', '电话', '答复置换评估流程，约下周评估旧车', '已接通', null, '已告知置换补贴3000元', null, null, '孙磊'],
  // A: weekly in September, then nothing in the 国庆 week.
  ['K003', '王芳', '13800000003', '奇骏', 'A', '2025-09-01 09:40', '2025-09-01', '15:10', '电话', '介绍奇骏四驱版本，客户在比较竞品', '已接通', null, null, null, null, '周敏'],
  ['K003', '王芳', '13800000003', '奇骏', 'A', '2025-09-01 09:40', '2025-09-09', '10:20', '电话', '发送竞品对比资料，客户表示需要考虑', '已接通', null, null, null, null, '周敏'],
  ['K003', '王芳', '13800000003', '奇骏', 'A', '2025-09-01 09:40', '2025-09-16', '11:00', '电话', '告知国庆促销活动，邀请到店', '已接通', null, null, null, null, '周敏'],
  ['K003', '王芳', '13800000003', '奇骏', 'A', '2025-09-01 09:40', '2025-09-24', '16:45', '电话', '确认国庆后到店时间，客户预算有变化', '已接通', null, null, null, null, '周敏'],
  ['K003', '王芳', '13800000003', '奇骏', 'A', '2025-09-01 09:40', '2025-10-09', '10:30', '电话', '节后回访，客户仍在比较，约下周再联系', '已接通', null, null, null, null, '周敏'],
  ['K003', '王芳', '13800000003', '奇骏', 'A', '2025-09-01 09:40', '2025-10-13', '10:00', '电话', '客户已到店看车，讨论付款方式和金融方案', '已接通', null, null, null, null, '周敏'],
  // B: twice a month, as required.
  ['K004', '刘洋', '13800000004', '逍客', 'B', '2025-08-03 15:00', '2025-08-03', '18:00', '电话', '介绍逍客车型，客户明年才考虑购车', '已接通', null, null, null, null, '周敏'],
  ['K004', '刘洋', '13800000004', '逍客', 'B', '2025-08-03 15:00', '2025-08-20', '10:00', '电话', '告知月底团购活动，客户表示关注', '已接通', null, null, null, null, '周敏'],
  ['K004', '刘洋', '13800000004', '逍客', 'B', '2025-08-03 15:00', '2025-09-05', '10:00', '电话', '推送新款上市信息，客户要了配置单', '已接通', null, null, null, null, '周敏'],
  ['K004', '刘洋', '13800000004', '逍客', 'B', '2025-08-03 15:00', '2025-09-22', '14:30', '电话', '邀请参加国庆车展，客户说看时间安排', '已接通', null, null, null, null, '周敏'],
  ['K004', '刘洋', '13800000004', '逍客', 'B', '2025-08-03 15:00', '2025-10-10', '10:00', '电话', '节后回访，客户说年底前定车型', '已接通', null, null, null, null, '周敏'],
  // B: only one callback in September, and it was too thin; one unanswered attempt.
  ['K005', '陈静', '13800000005', '骐达', 'B', '2025-08-25 10:00', '2025-08-25', '17:00', '电话', '介绍骐达和首付方案，客户收入待定', '已接通', null, null, null, null, '孙磊'],
  ['K005', '陈静', '13800000005', '骐达', 'B', '2025-08-25 10:00', '2025-09-12', '11:00', '电话', '考虑中', '已接通', null, null, null, null, '孙磊'],
  ['K005', '陈静', '13800000005', '骐达', 'B', '2025-08-25 10:00', '2025-09-26', '19:00', '电话', '再次联系未接', '无人接听', null, null, null, null, '孙磊'],
  ['K005', '陈静', '13800000005', '骐达', 'B', '2025-08-25 10:00', '2025-10-08', '10:00', '电话', '节后回访，客户仍在比较首付方案', '已接通', null, null, null, null, '孙磊'],
  // A: the 24-hour callback was an SMS only.
  ['K006', '杨帆', '13800000006', '奇骏', 'A', '2025-10-12 11:00', '2025-10-12', '19:30', '短信', '感谢您今天到店，期待您的再次光临', null, null, null, null, null, '周敏'],
  // Car picked up: safety call on time, week callback done, 首保 reminder due in 3 days.
  ['K007', '赵磊', '13800000007', '轩逸', 'A', '2025-09-10 10:00', '2025-09-10', '15:00', '电话', '介绍轩逸经典版，客户当场预订', '已接通', null, null, '2025-10-03 10:00', '2025-10-18', '孙磊'],
  ['K007', '赵磊', '13800000007', '轩逸', 'A', '2025-09-10 10:00', '2025-10-03', '11:20', '电话', '询问是否安全到家，提醒磨合期注意事项', '已接通', null, null, '2025-10-03 10:00', '2025-10-18', '孙磊'],
  ['K007', '赵磊', '13800000007', '轩逸', 'A', '2025-09-10 10:00', '2025-10-08', '16:00', '电话', '了解用车情况，客户推荐同事来看车', '已接通', null, null, '2025-10-03 10:00', '2025-10-18', '孙磊'],
  // Picked up: safety call 3.5 hours later, and no callback in the first week.
  ['K008', '黄磊', '13800000008', '天籁', 'H', '2025-09-05 10:00', '2025-09-05', '16:00', '电话', '客户确认购买天籁，预约9月20日提车', '已接通', null, null, '2025-09-20 10:00', '2025-12-20', '周敏'],
  ['K008', '黄磊', '13800000008', '天籁', 'H', '2025-09-05 10:00', '2025-09-20', '13:30', '电话', '询问是否安全到家，提醒新车磨合', '已接通', null, null, '2025-09-20 10:00', '2025-12-20', '周敏'],
  // H: time not recorded to the minute, and no contact since.
  ['K009', '周敏', '13800000009', '逍客', 'H', '2025-10-10 09:00', '2025-10-10', null, '电话', '客户对价格有异议，约周末再谈', '已接通', null, null, null, null, '孙磊'],
  // C: a class that is not one of H/A/B/C, and a date nobody can read.
  ['K010', '吴刚', '13800000010', '骐达', 'D类', '2025-07-15 10:00', '2025-07-15', '16:00', '电话', '客户只是随便看看，留了电话', '已接通', null, null, null, null, '周敏'],
  ['K011', '郑丽', '13800000011', '轩逸', 'C', '2025-08-01 10:00', '2025-08-01', '15:00', '电话', '介绍轩逸油耗和保养费用，客户明年再买', '已接通', null, null, null, null, '孙磊'],
  ['K011', '郑丽', '13800000011', '轩逸', 'C', '2025-08-01 10:00', '9月15号', '10:00', '电话', '邀请参加国庆试驾活动，客户说有空就来', '已接通', null, null, null, null, '孙磊'],
  // C: a call at lunch time; an open question still unanswered at the next call.
  ['K012', '冯雪', '13800000012', '奇骏', 'C', '2025-09-02 10:00', '2025-09-02', '12:30', '电话', '客户询问奇骏混动版上市时间', '已接通', '混动版何时上市？', null, null, null, '周敏'],
  ['K012', '冯雪', '13800000012', '奇骏', 'C', '2025-09-02 10:00', '2025-09-25', '10:00', '电话', '告知国庆活动，客户再次问到混动版', '已接通', null, null, null, null, '周敏'],
  ['K012', '冯雪', '13800000012', '奇骏', 'C', '2025-09-02 10:00', '2025-10-14', '10:00', '电话', '节后回访，客户等混动版上市再决定', '已接通', null, '已告知混动版预计明年三月上市', null, null, '周敏'],
];

const HEADER = ['客户编号', '客户姓名', '联系电话', '意向车型', '意向级别', '来店时间', '回访日期', '回访时间', '回访方式', '回访内容', '回访结果', '存在的问题', '处理结果', '提车时间', '首保日期', '销售顾问'];
const DATETIME = new Set([5, 13]);
const DATE = new Set([6, 14]);

// Excel stores wall-clock time; exceljs writes a Date by its UTC fields.
function excelDate(text: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return text; // kept as the clerk typed it (e.g. 9月15号)
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)));
}
function excelClock(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h * 60 + m) / 1440;
}

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ledgerlint examples';
  const ws = wb.addWorksheet('意向客户回访记录');
  ws.addRow(['东方汽车销售服务有限公司 销售部意向客户回访记录表']);
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow(['填表说明：回访时间须填到时、分；H类三天一次，A类每周至少一次，B类每月两次以上，C类两个月两次以上。']);
  ws.addRow(HEADER).font = { bold: true };
  for (const r of rows) {
    const cells = r.map((v, i) => {
      if (v === null) return null;
      if (DATETIME.has(i) || DATE.has(i)) return excelDate(v);
      if (i === 7) return excelClock(v);
      return v;
    });
    const row = ws.addRow(cells);
    for (const i of DATETIME) row.getCell(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
    for (const i of DATE) row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    row.getCell(8).numFmt = 'hh:mm';
  }
  const widths = [9, 9, 13, 9, 9, 17, 12, 9, 9, 40, 9, 20, 26, 17, 12, 9];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(out('002-1-car-dealer.xlsx'));

  const quote = (v: string | null) => (v === null ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csv = [HEADER, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
  writeFileSync(out('002-1-car-dealer.csv'), iconv.encode(csv, 'gbk'));
  console.log(`wrote ${rows.length} rows to examples/ledgers/002-1-car-dealer.{xlsx,csv}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
