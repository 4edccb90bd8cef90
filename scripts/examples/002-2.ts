/** The 002-2 example: a cargo-box maker's salesperson ledger of dealers and end users, with a mistake of each kind. */
import type { ExampleLedger } from './types';

// 客户编号, 客户名称, 联系电话, 经销商级别, 年销量, 计划回访频率, 购买数量, 购车日期, 交车日期, 三包期, 回访日期, 回访方式, 回访部门, 业务员, 回访方面, 回访内容, 反馈问题, 处理情况
const dealer = (id: string, name: string, phone: string, grade: string | null, volume: number | string, plan: string | null) => [id, name, phone, grade, volume, plan, null, null, null, null];
const user = (id: string, name: string, phone: string | null, units: number, bought: string, delivered: string, warranty: string) => [id, name, phone, null, null, null, units, bought, delivered, warranty];
const call = (at: string, how: string, dept: string, who: string | null, topic: string | null, content: string, problem: string | null = null, handled: string | null = null) => [at, how, dept, who, topic, content, problem, handled];

const JX01 = dealer('JX01', '济南鲁通专用车销售有限公司', '0531-88120001', 'A', 150, null);
const JX02 = dealer('JX02', '潍坊恒达汽车贸易有限公司', '0536-82330002', 'A', 120, null);
const JX03 = dealer('JX03', '临沂顺通车辆销售中心', '0539-71230003', 'B', 80, null);
const JX04 = dealer('JX04', '烟台海港专用车有限公司', '0535-66210004', 'B', 110, null);
const JX05 = dealer('JX05', '淄博鑫源汽车销售有限公司', '0533-31560005', null, 30, null);
const JX06 = dealer('JX06', '日照老李货车行', '13805330006', '散户', 6, '每月一次');
const JX07 = dealer('JX07', '泰安东岳专用车行', '0538-62270007', 'B', 65, null);
const ZD01 = user('ZD01', '青岛安顺物流有限公司', '13906390001', 8, '2025-06-20', '2025-07-08', '2026-07-08');
const ZD02 = user('ZD02', '胶州顺达运输队', '13906390002', 6, '2025-05-28', '2025-06-05', '2026-06-05');
const ZD03 = user('ZD03', '即墨宏运冷链', '13906390003', 12, '2024-10-08', '2024-10-20', '2025-04-20');
const ZD04 = user('ZD04', '平度个体户张师傅', '13906390004', 2, '2025-08-20', '2025-08-25', '2026-08-25');
const ZD05 = user('ZD05', '莱西绿丰果蔬配送', '13906390005', 3, '2025-04-10', '2025-04-12', '2026-04-12');
const ZD06 = user('ZD06', '黄岛个体户刘师傅', '13906390006', 1, '2025-10-10', '2025-10-12', '2026-10-12');
const ZD07 = user('ZD07', '城阳鑫达搬家公司', null, 2, '2025-09-01', '2025-09-03', '2026-09-03');
const noCall = [null, null, null, null, null, null, null, null];

const S = '销售部';
const rows: ExampleLedger['rows'] = [
  // A dealer on time: every 10 days across 国庆, and the technical department's quarterly visit.
  [...JX01, ...call('2025-07-20', '上门', '技术部', '何工', '产品技术状态', '检查在售货箱焊接和底板状态，讲解新款轻量化厢体')],
  [...JX01, ...call('2025-09-15', '电话', S, '王强', '市场需求', '了解四季度冷链厢体需求，经销商预计增加20台订单')],
  [...JX01, ...call('2025-09-24', '电话', S, '王强', '产品价格', '通报钢材涨价后的新价格表，经销商接受')],
  [...JX01, ...call('2025-10-03', '电话', S, '王强', '产品质量', '询问国庆期间交车情况，无质量投诉')],
  [...JX01, ...call('2025-10-12', '上门', S, '王强', '市场需求', '拜访门店，收集用户对侧开门结构的建议')],
  // A dealer: one gap of 17 days, due again tomorrow, and no technical visit for four months.
  [...JX02, ...call('2025-06-10', '上门', '技术部', '何工', '产品技术状态', '现场培训厢体维修保养要点')],
  [...JX02, ...call('2025-09-01', '电话', S, '王强', '市场需求', '了解秋季物流旺季订货计划')],
  [...JX02, ...call('2025-09-18', '电话', S, '王强', '产品价格', '沟通批量采购返利政策')],
  [...JX02, ...call('2025-09-27', '电话', S, '王强', '产品质量', '经销商反馈两台货箱门锁松动，已安排更换')],
  [...JX02, ...call('2025-10-06', '电话', S, '王强', '市场需求', '节后回访，经销商库存充足')],
  // B dealer on time; an open problem with no handling recorded; once the volume written in words.
  [...JX03.slice(0, 4), '八十台', ...JX03.slice(5), ...call('2025-09-10', '电话', S, '赵敏', '市场需求', '了解区域内自卸车货箱需求')],
  [...JX03, ...call('2025-09-24', '电话', S, '赵敏', '产品技术状态', '客户反映交车延期三天，询问原因', '交车延期三天', null)],
  [...JX03, ...call('2025-10-08', '电话', S, '赵敏', '产品价格', '通报十月促销价格')],
  // Recorded as B, but 110 units a year makes it an A dealer.
  [...JX04, ...call('2025-09-20', '电话', S, '赵敏', '市场需求', '了解港口运输车辆更新计划')],
  [...JX04, ...call('2025-10-05', '电话', S, '赵敏', '产品质量', '节日期间回访，无投诉')],
  // No grade recorded: 30 units a year makes it C. A call without its subject does not count, so the cadence runs from 20 August.
  [...JX05, ...call('2025-08-20', '电话', S, '赵敏', '市场需求', '了解经销商明年的进货打算')],
  [...JX05, ...call('2025-09-10', '电话', S, '赵敏', null, '电话沟通了近况')],
  // A scattered dealer on its own monthly plan.
  [...JX06, ...call('2025-09-10', '电话', S, '王强', '市场需求', '考察经销能力，老李有意扩大门店')],
  [...JX06, ...call('2025-10-09', '电话', S, '王强', '产品价格', '介绍首次批量进货的优惠')],
  // B dealer: the only call since September was the technical department's, and one row without the salesperson.
  [...JX07, ...call('2025-09-12', '电话', S, null, '市场需求', '了解泰安地区渣土车货箱需求')],
  [...JX07, ...call('2025-09-26', '上门', '技术部', '何工', '产品技术状态', '现场检查客户反映的举升异响')],
  // End user of 8 boxes: delivery callback in 2 days, then once in every month.
  [...ZD01, ...call('2025-07-10', '电话', S, '王强', '使用情况', '确认8台货箱已上牌运营，客户满意', '一台货箱侧板焊缝开裂', '已通知技术部，7月15日派人上门补焊')],
  [...ZD01, ...call('2025-08-12', '电话', S, '王强', '做工质量', '补焊后使用正常，询问装载工况')],
  [...ZD01, ...call('2025-09-15', '上门', S, '王强', '性价比', '了解油耗和载重表现，客户考虑再购3台')],
  // End user of 6 boxes: no call from 5 August to 4 September.
  [...ZD02, ...call('2025-06-08', '电话', S, '赵敏', '使用情况', '交车回访，货箱尺寸符合要求')],
  [...ZD02, ...call('2025-07-10', '电话', S, '赵敏', '做工质量', '询问使用一个月情况，无问题')],
  [...ZD02, ...call('2025-09-15', '电话', S, '赵敏', '使用情况', '客户反映雨季防水良好')],
  // End user of 12 boxes: monthly through the 6-month warranty, then every 3 months: the October call is overdue.
  [...ZD03, ...call('2024-10-22', '电话', S, '王强', '使用情况', '交车回访，冷链厢体保温正常')],
  [...ZD03, ...call('2024-11-25', '电话', S, '王强', '做工质量', '询问厢体密封情况，正常')],
  [...ZD03, ...call('2024-12-22', '电话', S, '王强', '使用情况', '冬季使用正常')],
  [...ZD03, ...call('2025-01-20', '电话', S, '王强', '性价比', '了解年度运营成本')],
  [...ZD03, ...call('2025-02-24', '电话', S, '王强', '使用情况', '节后复工回访')],
  [...ZD03, ...call('2025-03-21', '上门', S, '王强', '做工质量', '三包到期前全面检查')],
  [...ZD03, ...call('2025-07-05', '电话', S, '王强', '使用情况', '出保后回访，厢体状况良好')],
  // Small end user: the delivery callback came on day 9.
  [...ZD04, ...call('2025-09-03', '电话', S, '赵敏', '使用情况', '询问两台货箱使用情况，满意')],
  // Small end user: month 3 called late, month 6 not called.
  [...ZD05, ...call('2025-04-14', '电话', S, '赵敏', '使用情况', '交车回访，客户满意')],
  [...ZD05, ...call('2025-07-25', '电话', S, '赵敏', '做工质量', '询问使用三个多月的情况，正常')],
  // Delivered on 12 October: the delivery callback is due by the 17th.
  [...ZD06, ...noCall],
  // End-customer ledger without a phone number.
  [...ZD07, ...call('2025-09-05', '上门', S, '王强', '使用情况', '交车回访，搬家车厢体高度合适')],
];

const header = ['客户编号', '客户名称', '联系电话', '经销商级别', '年销量', '计划回访频率', '购买数量', '购车日期', '交车日期', '三包期', '回访日期', '回访方式', '回访部门', '业务员', '回访方面', '回访内容', '反馈问题', '处理情况'];

export const example: ExampleLedger = {
  file: '002-2-cargo-box',
  sheet: '客户回访台帐',
  title: ['青岛欧莱德机械制造有限公司 销售部客户回访台帐（经销商/终端客户）', '经销商按年销量分级：A级每10天、B级每15天、C级每30天回访；新交车货箱1-5天内回访；终端用户5台以上每月回访至出三包期，5台以下购车第1、3、6月回访。'],
  header,
  types: { 7: 'date', 8: 'date', 9: 'date', 10: 'date' },
  widths: [8, 26, 14, 10, 8, 12, 8, 12, 12, 12, 12, 8, 8, 8, 12, 36, 18, 30],
  rows,
  csv: true,
};
