import type { RuleInput } from '../../../profile/schema';

/** 000-3-7.2.2-MAJOR-CHANGE: Agreement change or termination confirmed by callback. */
export const rule: RuleInput = {
  id: '000-3-7.2.2-MAJOR-CHANGE',
  kind: 'field-deadline',
  title: { zh: '协议变更或解除须回访确认', en: 'Agreement change or termination confirmed by callback' },
  short: { zh: '变更确认回访', en: 'change confirmation' },
  modality: 'U',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第七条（二）2', lines: 'L82', quote: '重要业务事宜的确认,如协议变更(变更签约佣金率、变更有效期)、协议解除等' },
  reading: {
    zh: '变更签约佣金率、有效期或解除协议（“协议变更日期”）后，须以专项回访与客户确认（“确认回访日期”）。没有期限：报告“未配置”，公司可设定。',
    en: 'A change of commission rate or validity, or a termination, must be confirmed with the client by a special callback. No deadline is given: not-configured until a company sets one.',
  },
  params: { from: 'changedAt', to: 'followUpAt', unit: 'workdays', within: null },
};
