/** The 003-7 example: a marketing department's customer register (客户管理台账), one mistake of each kind. */
import type { ExampleLedger } from './types';

const header = [
  '客户编号', '客户名称', '客户类别', '企业性质', '主管单位', '地址', '联系人', '联系电话', '所属部门', '客户负责人', '联系频率', '重要程度',
  '联系日期', '联系内容', '联系人员', '备案日期', '督促次数', '变动日期', '变动内容', '反馈日期', '费用日期', '费用类别', '金额', '报销日期',
  '查阅人', '查阅人部门', '查阅日期', '批准人职务', '批准日期', '离职日期', '交接日期', '接替人',
];
type Cell = string | number | null;
const col = (name: string) => header.indexOf(name);

/** A row from the customer's file basics plus the cells of one event. */
function row(basics: Cell[], cells: Record<string, Cell>): Cell[] {
  const r: Cell[] = [...basics, ...new Array(header.length - basics.length).fill(null)];
  // A contact is made by the customer's owner unless the row says otherwise.
  if (cells['联系日期'] && !('联系人员' in cells)) r[col('联系人员')] = basics[col('客户负责人')];
  for (const [k, v] of Object.entries(cells)) r[col(k)] = v;
  return r;
}

// 客户编号 .. 重要程度 (12 cells).
const C001 = ['KH001', '华信科技有限公司', '重点客户', '民营', '高新区管委会', '青岛市高新区长江路18号', '王建国', '0532-88001234', '业务一部', '刘洋', '每月一次', '重要'];
const C002 = ['KH002', '远航物流股份公司', '一般客户', '股份制', '市交通运输局', '青岛市黄岛区港湾路6号', '孙丽', '0532-86002345', '业务一部', '刘洋', null, null];
const C003 = ['KH003', '宏达建材有限公司', '目标客户', '民营', '市住建局', '青岛市城阳区正阳路99号', '赵刚', '13905320003', '业务二部', '陈晨', null, null];
const C004 = ['KH004', '东方传媒集团', '重点客户', '国有', '市文旅局', '青岛市市南区香港中路50号', '李红', '0532-85004567', '业务二部', '陈晨', null, null];
const C005 = ['KH005', '金源贸易有限公司', '一般客户', '民营', '市商务局', '青岛市李沧区京口路12号', '钱伟', '13805320005', '业务一部', '周强', '每季度一次', null];
const C006 = ['KH006', '新锐软件有限公司', '潜在客户', '民营', '高新区管委会', '青岛市崂山区松岭路169号', '吴迪', '13605320006', '业务二部', '马丽', null, null];
const C007 = ['KH007', '天成置业有限公司', '重点客户', '民营', '市住建局', '青岛市市北区辽阳西路100号', '郑凯', '0532-83007890', '业务一部', '刘洋', '每月一次', '重要'];
const C008 = ['KH008', '九州医药连锁', 'VIP客户', '股份制', null, '青岛市市南区山东路8号', '冯敏', '0532-82008901', '业务二部', '陈晨', null, null];
const C009 = ['KH009', '恒通机械制造厂', '一般客户', '集体', '市工信局', '青岛市胶州市福州路3号', '黄涛', '13705320009', '业务一部', '刘洋', null, null];
const C010 = ['KH010', '海润食品有限公司', '一般客户', '民营', '市市场监管局', '青岛市即墨区鹤山路20号', '何静', '13505320010', '业务二部', '马丽', '每季度一次', null];

const rows: ExampleLedger['rows'] = [
  // Registered 3 working days after the first visit; monthly contacts; an expense and a file access, both approved.
  row(C001, { 联系日期: '2025-09-01', 联系内容: '初次拜访，介绍网站建设与运维服务', 备案日期: '2025-09-04' }),
  row(C001, { 联系日期: '2025-09-26', 联系内容: '技术经理上门交流运维方案，客户内部评审中', 联系人员: '王磊' }),
  row(C001, { 费用日期: '2025-09-12', 费用类别: '招待费', 金额: 860, 报销日期: '2025-09-18' }),
  row(C001, { 查阅人: '王磊', 查阅人部门: '业务一部', 查阅日期: '2025-10-09', 批准人职务: '部门经理', 批准日期: '2025-10-09' }),
  row(C001, { 联系日期: '2025-10-10', 联系内容: '签订年度运维合同' }),
  // First visit Thu 09-25: the 5th working day is Thu 10-09 (Sun 09-28 is a make-up day, 10-01..08 国庆): registered a day late.
  row(C002, { 联系日期: '2025-09-25', 联系内容: '电话联系，了解物流系统升级需求', 备案日期: '2025-10-10' }),
  row(C002, { 联系日期: '2025-10-13', 联系内容: '上门演示物流跟踪系统' }),
  // First visit Thu 10-09, not registered yet: due today (Sat 10-11 is a make-up day); reminded twice; a gift bought before registering.
  row(C003, { 联系日期: '2025-10-09', 联系内容: '展会上结识，客户有新厂区网站需求' }),
  row(C003, { 督促次数: 2 }),
  row(C003, { 费用日期: '2025-10-11', 费用类别: '礼品', 金额: 600, 报销日期: null }),
  // Two changes: one reported on the 5th working day counting the make-up Saturday, one a day late.
  row(C004, { 联系日期: '2025-03-03', 联系内容: '老客户年度回访', 备案日期: '2025-03-03' }),
  row(C004, { 联系日期: '2025-09-29', 联系内容: '客户通知更换对接人', 变动日期: '2025-09-29', 变动内容: '联系人由张明改为李红', 反馈日期: '2025-10-13' }),
  row(C004, { 联系日期: '2025-09-30', 联系内容: '客户通知公司搬迁', 变动日期: '2025-09-30', 变动内容: '地址迁至香港中路50号', 反馈日期: '2025-10-15' }),
  // The owner left on Fri 09-19 and the customer was never handed over.
  row(C005, { 联系日期: '2025-05-06', 联系内容: '首次拜访，客户需要外贸网站', 备案日期: '2025-05-08' }),
  row(C005, { 联系日期: '2025-07-30', 联系内容: '季度回访，网站运行正常', 离职日期: '2025-09-19' }),
  // The owner left on Tue 09-30; handed over on Tue 10-14, the 5th working day after 国庆.
  row(C006, { 联系日期: '2025-08-11', 联系内容: '电话联系，客户考虑采购OA系统', 备案日期: '2025-08-13', 离职日期: '2025-09-30', 交接日期: '2025-10-14', 接替人: '李娜' }),
  row(C006, { 联系日期: '2025-10-15', 联系内容: '接替人李娜电话自我介绍，约下周拜访', 联系人员: '李娜' }),
  // An important new customer only 刘洋 talks to; file access: another department's file approved by a department manager only, and an approval dated after the access.
  row(C007, { 联系日期: '2025-09-02', 联系内容: '拜访，了解楼盘营销网站需求', 备案日期: '2025-09-03' }),
  row(C007, { 联系日期: '2025-09-30', 联系内容: '节前回访，客户确认报价' }),
  row(C007, { 查阅人: '陈晨', 查阅人部门: '业务二部', 查阅日期: '2025-09-22', 批准人职务: '部门经理', 批准日期: '2025-09-22' }),
  row(C007, { 查阅人: '王磊', 查阅人部门: '业务一部', 查阅日期: '2025-10-09', 批准人职务: '部门经理', 批准日期: '2025-10-10' }),
  // A category outside the four and no supervising body.
  row(C008, { 联系日期: '2025-09-15', 联系内容: '客户来电咨询线上商城', 备案日期: '2025-09-17' }),
  // Travel before registering, registered before the claim: a warning.
  row(C009, { 联系日期: '2025-08-18', 联系内容: '电话联系，客户需要设备管理系统', 备案日期: '2025-08-25' }),
  row(C009, { 费用日期: '2025-08-20', 费用类别: '差旅费', 金额: 1200, 报销日期: '2025-08-28' }),
  // Declared quarterly contact, last one in June: the third quarter passed without one.
  row(C010, { 联系日期: '2025-03-10', 联系内容: '首次拜访，介绍小程序开发', 备案日期: '2025-03-12' }),
  row(C010, { 联系日期: '2025-06-10', 联系内容: '季度回访，客户满意度：满意' }),
];

const dates = ['联系日期', '备案日期', '变动日期', '反馈日期', '费用日期', '报销日期', '查阅日期', '批准日期', '离职日期', '交接日期'];

export const example: ExampleLedger = {
  file: '003-7-customer-register',
  sheet: '客户管理台账',
  title: ['市场推广部 客户管理台账（客户备案、变动、费用、档案查阅、离职交接）', '填表说明：接触新客户后5个工作日内备案；已备案客户的变动5个工作日内反馈；查阅本部门档案须部门经理批准，非本部门须总经理批准。'],
  header,
  types: Object.fromEntries(dates.map((d) => [col(d), 'date' as const])),
  widths: header.map((h) => (h === '联系内容' || h === '地址' ? 30 : h === '客户名称' ? 18 : h.length > 3 ? 12 : 10)),
  rows,
};
