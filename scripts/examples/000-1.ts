/** The 000-1 example: a maintenance-services firm's customer inquiry and communication log, a mistake of each kind. */
import type { ExampleLedger } from './types';

// 顾客编号, 顾客名称, 沟通日期, 沟通类型, 沟通方式, 沟通内容, 责任人, 责任部门,
// 问询时间, 答复时间, 是否重要问题, 反馈技术业务部时间, 处理过程, 顾客反馈意见
type Row = ExampleLedger['rows'][number];
/** A communication that is not an inquiry (leadership visit, meeting, contract matter). */
const talk = (id: string, name: string, day: string, type: string, channel: string, content: string | null, who: string, dept: string, feedback: string | null = null): Row => [
  id, name, day, type, channel, content, who, dept, null, null, null, null, null, feedback,
];
/** A customer inquiry under 首问负责制. */
const inquiry = (id: string, name: string, asked: string, content: string, who: string, answered: string | null, important = '否', transferred: string | null = null, handling: string | null = null, feedback: string | null = null): Row => [
  id, name, asked.slice(0, 10), '顾客问询', '电话', content, who, '技术部', asked, answered, important, transferred, handling, feedback,
];

const rows: ExampleLedger['rows'] = [
  // A leadership visit every half-year, inquiries answered the same day, a contract change agreed.
  talk('K01', '市移动分公司', '2024-06-18', '领导走访', '上门', '分管领导走访，通报代维质量指标', '张副总', '公司领导', '对基站巡检及时率满意'),
  talk('K01', '市移动分公司', '2024-12-10', '领导座谈', '面谈', '年度代维服务座谈，听取改进意见', '张副总', '公司领导', '希望缩短故障响应时间'),
  talk('K01', '市移动分公司', '2025-04-20', '顾客座谈会', '面谈', '技术部组织交流会，通报故障处理时限改进情况，收集意见3条', '刘工', '技术部'),
  talk('K01', '市移动分公司', '2025-05-20', '领导走访', '上门', '分管领导走访，确认下半年巡检计划', '张副总', '公司领导', '同意计划'),
  talk('K01', '市移动分公司', '2025-08-12', '合同变更沟通', '面谈', '新增5个站点纳入代维范围，方案：按原单价计费', '刘工', '技术部', '同意，双方达成一致'),
  inquiry('K01', '市移动分公司', '2025-09-03 09:20', '询问机房空调巡检周期', '刘工', '2025-09-03 16:00'),
  // No leadership contact in the second half of 2024; a Friday-evening inquiry answered on Monday.
  talk('K02', '市联通分公司', '2024-04-15', '领导走访', '上门', '分管领导走访，介绍代维能力', '张副总', '公司领导', '有意扩大合作'),
  talk('K02', '市联通分公司', '2024-09-20', '日常沟通', '电话', '通报9月巡检完成情况', '王工', '技术部'),
  talk('K02', '市联通分公司', '2025-03-10', '领导走访', '上门', '分管领导走访，了解新年度需求', '张副总', '公司领导', '希望增加夜间值守'),
  talk('K02', '市联通分公司', '2025-06-25', '协调会议', '面谈', null, '王工', '技术部'),
  inquiry('K02', '市联通分公司', '2025-10-10 17:30', '询问光缆抢修进度', '王工', '2025-10-13 09:00'),
  // An important inquiry handled, but the customer's feedback not recorded; a contract change without the customer's answer.
  talk('K03', '市电信分公司', '2025-01-08', '领导走访', '上门', '分管领导走访，签订年度代维协议', '张副总', '公司领导', '满意'),
  inquiry('K03', '市电信分公司', '2025-09-15 10:00', '多个基站同时告警，要求说明原因', '赵工', '2025-09-15 15:00', '是', '2025-09-15 16:00', '技术业务部牵头排查，确认为供电线路故障并修复', null),
  talk('K03', '市电信分公司', '2025-08-05', '合同变更沟通', '面谈', '顾客要求调整巡检频次，提出每月两次的方案', '赵工', '技术部'),
  // A contract change handled by the sales office alone.
  talk('K04', '铁塔公司市分公司', '2025-02-14', '领导走访', '上门', '分管领导走访，介绍铁塔维护方案', '张副总', '公司领导', '同意试点'),
  talk('K04', '铁塔公司市分公司', '2025-07-22', '合同变更沟通', '面谈', '顾客要求增加铁塔防腐项目，报价另议', '陈经理', '市场部', '同意按新报价执行'),
  // An inquiry received this morning: the answer is due tomorrow morning.
  inquiry('K05', '市广电网络公司', '2025-10-15 11:00', '询问传输设备年检安排', '刘工', null),
  // An inquiry never answered.
  talk('K06', '市水务集团', '2025-03-18', '领导走访', '上门', '分管领导走访，了解泵站通信需求', '张副总', '公司领导', '有合作意向'),
  inquiry('K06', '市水务集团', '2025-10-12 09:00', '询问泵站通信中断的处理方案', '王工', null),
  // An inquiry with a date but no time of day: the 24 hours cannot be checked.
  inquiry('K07', '市交通局', '2025-09-22', '询问路口监控传输线路维护责任', '赵工', '2025-09-23 10:00'),
];

const header = ['顾客编号', '顾客名称', '沟通日期', '沟通类型', '沟通方式', '沟通内容', '责任人', '责任部门', '问询时间', '答复时间', '是否重要问题', '反馈技术业务部时间', '处理过程', '顾客反馈意见'];

export const example: ExampleLedger = {
  file: '000-1-maintenance-services',
  sheet: '顾客沟通记录',
  title: ['技术部 顾客问询及沟通记录表', '填表说明：问询、答复时间填到时、分；顾客问询最迟24小时内答复；重要问题记录处理过程及顾客反馈意见并报技术业务部。'],
  header,
  types: { 2: 'date', 8: 'datetime', 9: 'datetime', 11: 'datetime' },
  widths: [8, 16, 12, 14, 8, 40, 8, 10, 17, 17, 10, 17, 36, 20],
  rows,
};
