import type { RuleInput } from '../../../profile/schema';

/** 002-5-3.3-PREP: preparation material: basic data, service records, spending characteristics. */
export const rule: RuleInput = {
  id: '002-5-3.3-PREP',
  kind: 'required-fields',
  title: { zh: '回访资料：客户基本情况、服务记录和消费特点', en: 'Preparation material: basic data, service history, spending characteristics' },
  short: { zh: '回访资料', en: 'preparation' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 三、3', lines: 'L94', quote: '包括客户基本情况(姓名、职务、年龄等)、客户服务的相关记录和客户消费特点等' },
  reading: {
    zh: '每位客户的资料要有姓名、职务、年龄和消费特点；“客户服务的相关记录”就是台账里的回访记录本身。年龄、职务属个人信息，只检查是否填写。报为警告：这是准备工作，不是回访本身。',
    en: 'Each customer\'s file has name, position, age and spending characteristics; "service records" are the ledger\'s own callback rows. Age and position are personal data: only whether they are filled is checked. Reported as warnings: this is preparation, not the callback itself.',
  },
  severity: 'warning',
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'position' }, { field: 'age' }, { field: 'spending' }] },
};
