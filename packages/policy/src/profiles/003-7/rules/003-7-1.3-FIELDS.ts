import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.3-FIELDS: the customer file holds the basics. */
export const rule: RuleInput = {
  id: '003-7-1.3-FIELDS',
  kind: 'required-fields',
  title: { zh: '客户档案须具备基本信息', en: 'Customer file holds the basic information' },
  short: { zh: '档案基本信息', en: 'file basics' },
  modality: 'M',
  citation: { clause: '1.3客户存档 第2款', lines: 'L144', quote: '如客户名称、客户类别、企业性质、主管单位、地址、联系人、联系电话等' },
  reading: {
    zh: '每个客户在其任一行填写客户名称、客户类别、企业性质、主管单位、地址、联系人、联系电话。台账没有某列时，该项报"无法判断"一次。档案须"标准化、规范化"：看不懂的单元格（不是日期的日期）也归于本条，记为"无效"；不是四类之一的类别违反的是 1.2 的分类，报在 003-7-1.2-FOUR 下。',
    en: 'Each customer has, on any of its rows, its name, category, ownership type, supervising body, address, contact person and phone. A column the ledger lacks is reported once as indeterminate. The file must be "standardised": unreadable cells (a date that is not a date) fall under this clause too, as invalid; a category outside the four breaks the classification of 1.2 and is reported under 003-7-1.2-FOUR.',
  },
  params: {
    scope: 'customer',
    fields: [{ field: 'customerName' }, { field: 'tier' }, { field: 'companyType' }, { field: 'supervisingBody' }, { field: 'address' }, { field: 'contactPerson' }, { field: 'phone' }],
  },
};
