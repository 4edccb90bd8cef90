/**
 * A company roster in the layout of the customer-import template of a widely used open-source
 * call-centre product (春松客服 / cskefu, Apache-2.0 at a85a4a3): one row per company, its star
 * rating (客户级别 ★ to ★★★), its category (客户类别, three values) and the date it was last
 * contacted (最后联系时间). The companies, numbers and dates are made up. Test-only; not exported.
 */
import type { CellValue } from '../table';

export const ROSTER_HEADER = ['最后联系时间', '单位性质', '企(事)业单位名称', '办公电话', '电子邮件', '省', '市区县', '地址', '客户类别', '客户级别', '成熟度', '所属行业', '来源', '效力状态', '描述'];

const COMPANIES: [name: string, last: string, category: string, stars: string, kind: string][] = [
  ['青岛海岳机械制造有限公司', '2025-10-24', 'VIP客户', '★★★', '民营企业'],
  ['山东鲁泰物流股份有限公司', '2025-10-02', '普通客户', '★★', '股份制'],
  ['青岛港湾建设集团有限公司', '2025-10-20', 'VIP客户', '★★★', '国有企业'],
  ['即墨区人民医院', '2025-09-28', '普通客户', '★', '事业单位'],
  ['胶州市恒信汽车销售服务有限公司', '2025-10-16', '潜在客户', '★', '民营企业'],
  ['青岛城阳区第二中学', '2025-10-11', '普通客户', '★★', '事业单位'],
  ['烟台富海食品有限公司', '2025-10-22', 'VIP客户', '★★★', '民营企业'],
  ['潍坊华宇纺织有限公司', '2025-09-20', '潜在客户', '★', '民营企业'],
  ['日照钢联贸易有限公司', '2025-10-18', '普通客户', '★★', '有限责任公司'],
  ['青岛崂山矿泉水有限公司', '2025-10-09', 'VIP客户', '★★★', '国有企业'],
  ['威海远洋渔业有限公司', '2025-10-23', '普通客户', '★★', '民营企业'],
  ['淄博齐鲁陶瓷厂', '2025-10-05', '潜在客户', '★', '集体企业'],
  ['济南明湖软件有限公司', '2025-10-19', 'VIP客户', '★★★', '民营企业'],
  ['临沂金沂蒙商贸有限公司', '2025-10-13', '普通客户', '★★', '有限责任公司'],
  ['青岛黄岛区政务服务中心', '2025-10-21', '普通客户', '★', '机关单位'],
  ['东营胜利石化设备有限公司', '2025-09-30', 'VIP客户', '★★★', '国有企业'],
  ['泰安岱宗酒店管理有限公司', '2025-10-17', '潜在客户', '★', '民营企业'],
  ['德州晶华玻璃有限公司', '2025-10-15', '普通客户', '★★', '民营企业'],
  ['滨州渤海农机有限公司', '2025-10-07', '潜在客户', '★', '民营企业'],
  ['青岛西海岸新区旅游发展集团', '2025-10-24', 'VIP客户', '★★★', '国有企业'],
];

/** The 20 data rows, in the template's column order. */
export const ROSTER_ROWS: CellValue[][] = COMPANIES.map(([name, last, category, stars, kind], k) => [
  last,
  kind,
  name,
  `0532-8${String(6100000 + k * 1379).slice(0, 7)}`,
  null,
  '山东省',
  '青岛市',
  null,
  category,
  stars,
  'C-：初步联系，意向不确定',
  '制造业',
  '展会',
  '成交客户',
  null,
]);

/** As of 2025-10-25, the companies last contacted more than 10 days before (002-4: one call every 10 days), by name. */
export const OVERDUE_AT_1025 = COMPANIES.filter(([, last]) => last <= '2025-10-14').map(([name]) => name);
