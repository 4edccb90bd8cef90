import type { RuleInput } from '../../../profile/schema';

/** 002-5-2.3-NEEDS: the customer's needs are registered after every callback. */
export const rule: RuleInput = {
  id: '002-5-2.3-NEEDS',
  kind: 'required-fields',
  title: { zh: '每次回访后登记客户需求', en: 'Customer needs registered after every callback' },
  short: { zh: '需求登记', en: 'needs registered' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 二、3', lines: 'L87', quote: '客户服务专员对每一个回访后的客户需求进行登记' },
  reading: {
    zh: '每次回访后要填「客户需求」；客户没有需求时写“无”（目录建议），空着即未登记。“回访后”指真正回访到了客户：未接通的拨打、没有回复的短信微信不是回访（目录 §16 A3），没有需求可登记，不要求填写。',
    en: 'After every callback 客户需求 is filled in; when the customer has none, write 无 (the catalog\'s suggestion); blank means not registered. "After a callback" means the customer was actually reached: an unanswered call or an unanswered message is no callback (catalog §16 A3) and has no needs to register, so none is required.',
  },
  records: { qualifying: true },
  params: { scope: 'contact', fields: [{ field: 'serviceNeeds' }] },
};
