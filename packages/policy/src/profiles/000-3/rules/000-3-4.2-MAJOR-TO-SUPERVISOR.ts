import type { RuleInput } from '../../../profile/schema';

/** 000-3-4.2-MAJOR-TO-SUPERVISOR: Major anomalies reported to the supervisor. */
export const rule: RuleInput = {
  id: '000-3-4.2-MAJOR-TO-SUPERVISOR',
  kind: 'required-fields',
  title: { zh: '重大异常问题须上报主管', en: 'Major anomalies reported to the supervisor' },
  short: { zh: '重大异常未上报', en: 'anomaly not reported' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第四条 2 ②', lines: 'L60', quote: '对回访过程中发现的重大异常问题应及时上报主管人员' },
  reading: {
    zh: '标为重大异常（第十条：强烈不满、代签名/代操作/全权委托/私收费用、资料严重失真或缺失）的回访，须填写上报主管的时间。“及时”没有天数，只检查是否上报，不检查快慢。',
    en: 'A callback marked as a major anomaly (第十条: strong dissatisfaction; proxy signature or operation, discretionary mandate, private fees; seriously false or missing data) must show when it was reported to the supervisor. 及时 has no number: only whether it was reported is checked, not how fast.',
  },
  escalateTo: ['主管人员'],
  records: { flag: { field: 'majorAnomaly', values: ['是', '有', '重大异常', '①', '②', '③'] } },
  params: { scope: 'contact', fields: [{ field: 'escalatedAt' }] },
};
