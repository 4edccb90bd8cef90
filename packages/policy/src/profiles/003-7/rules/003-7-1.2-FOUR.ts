import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.2-FOUR: every customer is in one of the four categories. */
export const rule: RuleInput = {
  id: '003-7-1.2-FOUR',
  kind: 'required-fields',
  title: { zh: '客户分为目标、一般、重点、潜在四类', en: 'Customers in one of four categories: target, ordinary, key, potential' },
  short: { zh: '四类客户', en: 'four categories' },
  modality: 'M',
  citation: { file: '003_5a1bbebd8c79da3d.txt', section: '篇七《客户管理制度》1.2客户界定', lines: 'L136-138', quote: '公司客户分为四个类别:目标客户、一般客户、重点客户和潜在客户' },
  reading: {
    zh: '文件没有给出各类的标准，软件只检查每个客户都有类别；写了但不是目标/一般/重点/潜在之一的，作为无效单元格报告（见 003-7-1.3-FIELDS）。"潜在客户"与"与公司有业务往来的客户"的定义有矛盾，照文件保留四类。',
    en: 'The document gives no criteria, so the software only checks that each customer has a category; a label outside 目标/一般/重点/潜在 is reported as an invalid cell (under 003-7-1.3-FIELDS). "Potential customer" contradicts "a party with business dealings"; the four categories are kept as written.',
  },
  params: { scope: 'customer', fields: [{ field: 'tier' }] },
};
