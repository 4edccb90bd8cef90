import type { RuleInput } from '../../../profile/schema';

/** 000-3-10-MAJOR-ANOMALY: Major-anomaly clients: second callback and HQ's final decision. */
export const rule: RuleInput = {
  id: '000-3-10-MAJOR-ANOMALY',
  kind: 'required-fields',
  title: { zh: '重大异常客户须二次回访并由理财管理部出具最终意见', en: 'Major-anomaly clients: second callback and HQ\'s final decision' },
  short: { zh: '重大异常未处理完', en: 'anomaly not closed' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十条 1', lines: 'L104-107', quote: '如存在重大异常问题客户时,应及时反馈至上级领导,由其对相关问题进行调查、处理和二次回访' },
  reading: {
    zh: '重大异常问题客户须由上级领导调查、处理并二次回访；营业部/分公司自查结果上报总部理财管理部，由其出具最终处理意见。台账中须有二次回访时间和最终处理意见。面谈记录见 000-3-10-INTERVIEW（不在回访台账中）。各步骤没有期限，不检查快慢。',
    en: 'A major-anomaly client is investigated and called back a second time by the superior; the branch reports its self-check to HQ 理财管理部, which issues the final decision. The ledger must show the second callback and the final decision. The interview record (000-3-10-INTERVIEW) is not in a callback ledger. No step has a deadline.',
  },
  escalateTo: ['上级领导', '总部理财管理部'],
  records: { flag: { field: 'majorAnomaly', values: ['是', '有', '重大异常', '①', '②', '③'] } },
  params: { scope: 'contact', fields: [{ field: 'secondCallbackAt' }, { field: 'finalDecision' }] },
};
