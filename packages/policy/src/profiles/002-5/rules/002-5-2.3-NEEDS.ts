import type { RuleInput } from '../../../profile/schema';

/** 002-5-2.3-NEEDS: the customer's needs are registered after every callback. */
export const rule: RuleInput = {
  id: '002-5-2.3-NEEDS',
  kind: 'required-fields',
  title: { zh: '每次回访后登记客户需求', en: 'Customer needs registered after every callback' },
  short: { zh: '需求登记', en: 'needs registered' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第五篇《客户回访制度》马上游科技 二、3', lines: 'L87', quote: '客户服务专员对每一个回访后的客户需求进行登记' },
  reading: {
    zh: '每条回访记录都要填「客户需求」；客户没有需求时写“无”（目录建议），空着即未登记。未接通的尝试也请写“未接通”，以免漏登。',
    en: 'Every callback record fills in 客户需求; when the customer has none, write 无 (the catalog\'s suggestion); blank means not registered. For unanswered attempts write 未接通 so nothing goes missing.',
  },
  params: { scope: 'contact', fields: [{ field: 'serviceNeeds' }] },
};
