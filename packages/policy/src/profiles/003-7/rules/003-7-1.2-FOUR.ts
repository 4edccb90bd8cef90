import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.2-FOUR: every customer is in one of the four categories. */
export const rule: RuleInput = {
  id: '003-7-1.2-FOUR',
  kind: 'required-fields',
  title: { zh: '客户分为目标、一般、重点、潜在四类', en: 'Customers in one of four categories: target, ordinary, key, potential' },
  short: { zh: '四类客户', en: 'four categories' },
  modality: 'M',
  citation: { clause: '1.2客户界定', lines: 'L136-138', quote: '公司客户分为四个类别:目标客户、一般客户、重点客户和潜在客户' },
  reading: {
    zh: '“公司客户分为四个类别”：每个客户须有类别，且须是目标客户、一般客户、重点客户、潜在客户之一（写“目标”“重点”等简称也认）。类别空白是缺项；写了第五种（如“VIP客户”“大客户”）是违反本条，按违规报在本条下，消息用类别的名称说明应填什么，不用内部代号。文件没有给出各类的标准，所以不核对客户归类是否恰当。“潜在客户”与“与公司有业务往来的客户”的定义有矛盾，照文件保留四类。',
    en: '"Customers fall into four categories": each customer needs a category, and it must be one of 目标客户 (target), 一般客户 (ordinary), 重点客户 (key) and 潜在客户 (potential) (the short forms 目标, 重点 ... are accepted). A blank category is missing; a fifth one (VIP客户, 大客户) breaks this clause and is reported here as a violation, whose message names the four categories in words, never internal codes. The document gives no criteria, so whether a customer is in the right category is not checked. "Potential customer" contradicts "a party with business dealings"; the four categories are kept as written.',
  },
  params: { scope: 'customer', fields: [{ field: 'tier' }] },
};
