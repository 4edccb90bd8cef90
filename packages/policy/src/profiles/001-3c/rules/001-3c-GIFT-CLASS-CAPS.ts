import type { RuleInput } from '../../../profile/schema';

/** 001-3c-GIFT-CLASS-CAPS: gift value caps and recipient quotas per class (blank in the document). */
export const rule: RuleInput = {
  id: '001-3c-GIFT-CLASS-CAPS',
  kind: 'value-limit',
  title: { zh: '各类客户的馈赠物品金额上限（Xx元以下）与名额（X位以内）', en: 'Gift value cap ("Xx元以下") and recipient quota ("X位以内") per customer class' },
  short: { zh: '馈赠标准', en: 'gift caps' },
  modality: 'U',
  citation: { clause: '四、(二) 不同客户馈赠物品标准表', lines: 'L296-308', quote: 'Xx元以下' },
  reading: {
    zh: '标准表对意向客户、VIP 客户、重点客户（表中写作“重要客户”，视为同一类）各有金额上限“Xx元以下”和名额“X位以内”，但数字都是空白，所以各类都报“未配置”。公司填写后：每位客户本次活动所得礼品金额合计不超过上限（“以下”含本数），每类得礼客户数不超过名额（“以内”含本数）。',
    en: 'The standards table gives intent, VIP and key customers (written 重要客户 in the table, read as the same class) a value cap "Xx元以下" and a quota "X位以内", all blank, so each class reports not-configured. Once the company fills them in: each customer\'s gifts in the campaign total no more than the cap (以下 includes it), and each class has no more recipients than the quota (以内 includes it).',
  },
  params: {
    field: 'giftValue',
    per: 'customer',
    caps: [
      { tier: 'P', max: null, quota: null },
      { tier: 'V', max: null, quota: null },
      { tier: 'K', max: null, quota: null },
    ],
  },
};
