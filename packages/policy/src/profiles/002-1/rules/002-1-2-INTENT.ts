import type { RuleInput } from '../../../profile/schema';

/** 002-1-2-INTENT: intent customers are classified H/A/B/C. */
export const rule: RuleInput = {
  id: '002-1-2-INTENT',
  kind: 'required-fields',
  title: { zh: '意向客户须按购买意向分类', en: 'Intent customers classified H/A/B/C' },
  short: { zh: '须分类', en: 'classified' },
  modality: 'M',
  citation: { clause: '第2条', lines: 'L4', quote: '并且按照客户的购买意向程度进行分类' },
  reading: {
    zh: '分类是销售顾问的判断，文件没有给出标准，软件只检查每个意向客户都有等级（H/A/B/C）。写了但不是这四类之一的，作为无效单元格报告。等级变化以各行记录的等级为历史。在台账中提车之前出现过（有接待或回访记录）的客户都是意向客户，提车后仍须有当时的等级。',
    en: 'The class is the salesperson\'s judgment and the document gives no criteria, so the software only checks that every intent customer has one (H/A/B/C). A label that is not one of them is reported as an invalid cell. The tiers on successive rows form the tier history. Every customer the ledger shows before the pickup (a reception or a contact) was an intent customer, and still needs the class after the pickup.',
  },
  when: { fact: 'stage', operator: 'equal', value: 'intent' },
  params: { scope: 'customer', fields: [{ field: 'tier' }] },
};
