import type { RuleInput } from '../../../profile/schema';

/** 000-3-7.2.3-EXIT: Terminated clients: reasons for leaving recorded. */
export const rule: RuleInput = {
  id: '000-3-7.2.3-EXIT',
  kind: 'required-fields',
  title: { zh: '解约客户须了解并记录解约原因', en: 'Terminated clients: reasons for leaving recorded' },
  short: { zh: '未记解约原因', en: 'no exit reason' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第七条（二）3', lines: 'L83', quote: '客户解约时应及时了解客户解约的原因及有关意见与建议' },
  reading: {
    zh: '有解约日期的客户，须在其记录中写明解约原因及意见建议。“及时”没有给出天数，因此不查时间；解约后的“定期回访”没有给出周期，不检查（未配置）。',
    en: 'A client with a termination date must have the reasons and opinions recorded. 及时 gives no number of days, so timing is not checked; the later 定期回访 has no period and is not checked.',
  },
  records: { filled: ['terminatedAt'] },
  params: { scope: 'customer', fields: [{ field: 'exitReason' }] },
};
