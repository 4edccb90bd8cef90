import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.6.3-HIGH-POTENTIAL: two or more staff in contact with an important new customer. */
export const rule: RuleInput = {
  id: '003-7-1.6.3-HIGH-POTENTIAL',
  kind: 'staff-count',
  title: { zh: '重要、潜力大的新客户须有两名以上人员联系', en: 'Important or high-potential new customers: two or more staff in contact' },
  short: { zh: '两人以上联系', en: 'two staff' },
  modality: 'M',
  citation: { clause: '1.6客户管理 第3款', lines: 'L170', quote: '对一些较重要、未来发展潜力巨大的新客户,公司要有两名以上的人员与之联系,并建立联系报告制度' },
  reading: {
    zh: '「重要程度」标为重要（较重要、潜力巨大、是）的客户，自备案日起 12 个月内（目录推荐的"新客户"期）的联系记录中，联系人员（回访人）至少 2 人（"以上"含本数）。哪些客户重要由业务部门在台账上标明，文件没有标准。"联系报告制度"是否建立台账看不出，不检查。',
    en: 'Customers marked important (重要, 较重要, 潜力巨大, 是) need at least 2 different staff (以上 is inclusive) among their contacts in the 12 months from registration (the catalog\'s "new" period). Which customers are important is for the department to mark; the document gives no criteria. Whether a contact-report system exists cannot be seen in a ledger and is not checked.',
  },
  records: { flag: { field: 'importance', values: ['重要', '较重要', '潜力巨大', '是'] } },
  params: { min: 2, staff: 'performer', since: 'registeredAt', forMonths: 12 },
};
