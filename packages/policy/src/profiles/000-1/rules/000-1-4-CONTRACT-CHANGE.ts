import type { RuleInput } from '../../../profile/schema';

/** 000-1-4-CONTRACT-CHANGE: a contract change is discussed with the customer until both agree. */
export const rule: RuleInput = {
  id: '000-1-4-CONTRACT-CHANGE',
  kind: 'required-fields',
  title: { zh: '更改合同须与顾客沟通达成一致', en: 'Contract change discussed with the customer until agreed' },
  short: { zh: '合同变更沟通', en: 'contract change' },
  modality: 'M',
  citation: { clause: '4', lines: 'L26', quote: '当需要更改合同时,要与顾客进行沟通' },
  reading: {
    zh: '沟通类型含“合同变更”的沟通，须记录沟通内容（需求和解决方案）和顾客反馈意见（是否达成一致）。合同修订是否按《合同评审控制程序》执行，该程序未收录，不检查。',
    en: 'Communications whose type contains 合同变更 need their content (the needs and the proposed solution) and the customer\'s feedback (agreement or not) recorded. Whether the revision followed the 《合同评审控制程序》, which is not included, is not checked.',
  },
  escalateTo: ['技术部'],
  records: { callbackTypes: ['合同变更'] },
  params: { scope: 'contact', fields: [{ field: 'content' }, { field: 'feedback' }] },
};
