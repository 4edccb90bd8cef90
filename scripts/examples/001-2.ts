/** The 001-2 example: customer record cards and their callbacks on one sheet, with a mistake of each kind. */
import type { ExampleLedger } from './types';

// 客户编号, 客户名称, 工作单位, 职位, 住址, 联系方式, 联系频率, 客户类别, 回访日期, 回访方式, 回访类型, 回访内容, 回访人
const card = (id: string, name: string, employer: string | null, position: string | null, address: string | null, phone: string | null, freq: string | null, tier: string) => [id, name, employer, position, address, phone, freq, tier];
const C1 = card('C001', '孙建国', '华北机电设备公司', '采购部经理', '天津市河西区友谊路8号', '13902200001', '每月一次', '重点');
const C2 = card('C002', '周丽', '津南建材有限公司', '总经理', '天津市津南区咸水沽镇', '13902200002', '每两周一次', '一般');
const C3 = card('C003', '马晓东', '滨海物流集团', '设备主管', '天津市滨海新区港城大道', '13902200003', '每季度一次', '一般');
const C4 = card('C004', '刘敏', '河东区第二医院', '后勤科长', null, '13902200004', null, '一般');
const C5 = card('C005', '高峰', '北辰精密铸造厂', '厂长', '天津市北辰区双街镇', '13902200005', '看情况', '重要客户');
const C6 = card('C006', '吴桂芳', '西青食品公司', '行政主管', '天津市西青区中北镇', '13902200006', '每月一次', '一般');
const rows: ExampleLedger['rows'] = [
  // C001 key customer, monthly: invited to the 2024 conference but not yet in 2025 (the year is still open); nothing between the
  // invitation in November 2024 and August 2025, so December to July are each a month without a contact, and on time since.
  [...C1, '2024-11-18', '上门', '客户服务会议邀请', '邀请参加12月客户服务会议，客户确认出席', '王强'],
  [...C1, '2025-08-12', '电话', '定期回访', '了解新购设备运行情况，客户反映噪音偏大', '王强'],
  [...C1, '2025-09-10', '上门', '定期回访', '上门检查设备，更换减震垫后噪音正常', '王强'],
  [...C1, '2025-09-29', '短信', '节日问候', '国庆中秋双节快乐，附赠公司定制月饼礼盒', '王强'],
  [...C1, '2025-10-09', '电话', '定期回访', '确认设备运行正常，询问四季度备件需求', '王强'],
  // C002 every two weeks: a 3-week gap in September and overdue now.
  [...C2, '2025-08-25', '电话', '定期回访', '介绍新型号搅拌设备，客户索要报价', '赵敏'],
  [...C2, '2025-09-15', '电话', '定期回访', '跟进报价，客户预算待批', '赵敏'],
  [...C2, '2025-09-26', '电话', '定期回访', '客户预算已批，约国庆后签合同', '赵敏'],
  [...C2, '2025-09-30', '微信', '节日问候', '祝国庆中秋快乐', '赵敏'],
  // C003 quarterly: on time.
  [...C3, '2025-07-22', '上门', '定期回访', '季度巡检，叉车保养情况良好', '王强'],
  [...C3, '2025-09-30', '短信', '节日问候', '祝国庆中秋快乐', '王强'],
  [...C3, '2025-10-14', '电话', '定期回访', '季度回访，客户计划明年扩建仓库', '王强'],
  // C004: card incomplete (no address, no frequency): no period to check against.
  [...C4, '2025-09-03', '电话', '定期回访', '了解洗衣设备使用情况，客户满意', '赵敏'],
  [...C4, '2025-10-01', '短信', '节日问候', '祝国庆快乐', '赵敏'],
  // C005: a frequency nobody can read.
  [...C5, '2025-09-18', '上门', '定期回访', '洽谈铸造线改造，客户要求提供方案', '王强'],
  [...C5, '2025-09-30', '上门', '节日问候', '送公司定制台历，祝双节快乐', '王强'],
  // C006 monthly: the last callback was in August, and no 国庆 greeting.
  [...C6, '2025-07-30', '电话', '定期回访', '了解包装机使用情况', '赵敏'],
  [...C6, '2025-08-28', '电话', '定期回访', '客户反映封口不严，已安排技术员', '赵敏'],
];

export const example: ExampleLedger = {
  file: '001-2-relationship-cards',
  sheet: '客户关系卡及回访',
  title: ['客户服务部 客户关系卡及回访记录', '说明：联系频率按卡片约定执行（每周一次、每两周一次、每月一次、每季度一次）；重点客户另建重要客户卡片。'],
  header: ['客户编号', '客户名称', '工作单位', '职位', '住址', '联系方式', '联系频率', '客户类别', '回访日期', '回访方式', '回访类型', '回访内容', '回访人'],
  types: { 8: 'date' },
  widths: [9, 9, 18, 11, 24, 13, 11, 9, 12, 9, 16, 36, 8],
  rows,
};
