/** The 001-3a example: customer service's user follow-up card log, with a mistake of each kind. */
import type { ExampleLedger } from './types';

// 用户编号, 用户名称, 联系电话, 产品型号, 购买日期, 安装调试完成日期, 维修完成日期, 派修日期, 收到日期, 回访日期, 回访方式, 回访类型, 客服人员, 回访情况
const user = (id: string, name: string, phone: string, model: string, bought: string) => [id, name, phone, model, bought];
const call = (install: string | null, repair: string | null, dispatch: string | null, received: string | null, at: string, how: string, type: string, who: string | null, text: string | null) => [install, repair, dispatch, received, at, how, type, who, text];

const U01 = user('U01', '青岛海川食品有限公司', '0532-85010001', 'KJ-300 空压机', '2025-03-01');
const U02 = user('U02', '即墨恒丰纺织厂', '0532-88520002', 'KJ-150 空压机', '2025-04-20');
const U03 = user('U03', '胶南宏达机械加工', '0532-86130003', 'LG-75 冷干机', '2024-11-05');
const U04 = user('U04', '城阳鑫源包装', '0532-87740004', 'KJ-300 空压机', '2024-09-10');
const U05 = user('U05', '黄岛顺发五金', '0532-86850005', 'KJ-150 空压机', '2025-01-15');
const U06 = user('U06', '崂山清泉饮品', '0532-88960006', 'LG-75 冷干机', '2025-05-08');
const U07 = user('U07', '李沧佳美印务', '0532-84670007', 'KJ-75 空压机', '2025-09-25');

const rows: ExampleLedger['rows'] = [
  // On time: installation callback, one week, and 4-6 months.
  [...U01, ...call('2025-03-03', null, null, null, '2025-03-05', '电话', '安装回访', '林芳', '客户对调试人员的服务满意，设备运行平稳')],
  [...U01, ...call(null, null, null, null, '2025-03-10', '电话', '常规回访', '林芳', '客户已习惯操作，解答了排污阀的使用问题')],
  [...U01, ...call(null, null, null, null, '2025-08-15', '电话', '常规回访', '林芳', '设备运行正常，日均运行10小时')],
  // The one-week callback came on day 16; the 4-6 month window closes in 5 days.
  [...U02, ...call('2025-04-22', null, null, null, '2025-04-24', '电话', '安装回访', '林芳', '调试顺利，客户满意')],
  [...U02, ...call(null, null, null, null, '2025-05-06', '电话', '常规回访', '林芳', '客户询问保养周期，已解答')],
  // The 4-6 month callback came in month 7; 10-12 months is open.
  [...U03, ...call(null, null, null, null, '2024-11-12', '电话', '常规回访', '王磊', '客户已熟悉设备操作')],
  [...U03, ...call(null, null, null, null, '2025-06-10', '电话', '常规回访', '王磊', '冷干机运行正常，露点稳定')],
  // No 10-12 month callback offering maintenance.
  [...U04, ...call(null, null, null, null, '2024-09-18', '电话', '常规回访', '王磊', '客户习惯使用，无问题')],
  [...U04, ...call(null, null, null, null, '2025-02-10', '电话', '常规回访', '王磊', '运行正常，提醒春节后检查油位')],
  // A repair confirmed on day 4; a complaint letter and a dispatch, both called back.
  [...U05, ...call(null, null, null, null, '2025-01-24', '电话', '常规回访', '林芳', '客户已习惯使用')],
  [...U05, ...call(null, null, null, null, '2025-06-20', '电话', '常规回访', '林芳', '运行正常')],
  [...U05, ...call(null, null, null, '2025-09-15', '2025-09-16', '电话', '投诉回访', '林芳', '确认来信投诉的噪音问题，已安排检修')],
  [...U05, ...call(null, null, '2025-09-17', null, '2025-09-17', '电话', '派修回访', '林芳', '告知客户维修师傅张工电话13806420001')],
  [...U05, ...call(null, '2025-09-20', null, null, '2025-09-24', '电话', '维修回访', '林芳', '更换减震垫后噪音消除，客户满意')],
  // A repair called back the next day: too early to judge the fix. A proposal answered by letter.
  [...U06, ...call(null, null, null, null, '2025-05-16', '电话', '常规回访', '王磊', '客户已熟悉设备')],
  [...U06, ...call(null, '2025-10-08', null, null, '2025-10-09', '电话', '维修回访', '王磊', '维修后第二天回访，客户说暂时正常')],
  [...U06, ...call(null, null, null, '2025-10-10', '2025-10-13', '电话', '提案回访', '王磊', '感谢客户关于延长保修期的提案')],
  // The one-week callback was an SMS, and nothing written for one call.
  [...U07, ...call('2025-09-26', null, null, null, '2025-09-28', '电话', '安装回访', null, null)],
  [...U07, ...call(null, null, null, null, '2025-10-03', '短信', '常规回访', '林芳', '您好，设备使用中有问题请致电客服热线')],
  // A repair finished on the 12th: its callback is due from the 15th to the 17th.
  [...U01, ...call(null, '2025-10-12', null, null, '2025-10-12', '电话', '派修回访', '林芳', '维修师傅已到场，更换进气阀')],
];

const header = ['用户编号', '用户名称', '联系电话', '产品型号', '购买日期', '安装调试完成日期', '维修完成日期', '派修日期', '收到日期', '回访日期', '回访方式', '回访类型', '客服人员', '回访情况'];

export const example: ExampleLedger = {
  file: '001-3a-phone-callbacks',
  sheet: '用户跟踪服务卡',
  title: ['用户跟踪服务卡（电话回访登记）', '常规回访：安装调试后、购买一周后、4-6个月、10-12个月；特殊回访：书面投诉、提案、派修后及时回访，维修后3~5天内回访。'],
  header,
  types: { 4: 'date', 5: 'date', 6: 'date', 7: 'date', 8: 'date', 9: 'date' },
  widths: [8, 20, 14, 14, 12, 14, 12, 12, 12, 12, 8, 10, 8, 40],
  rows,
  csv: true,
};
