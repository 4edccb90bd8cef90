import type { RuleInput } from '../../../profile/schema';

/** 000-1-1-OWNERSHIP: customer communication on contracts is owned by 技术部. */
export const rule: RuleInput = {
  id: '000-1-1-OWNERSHIP',
  kind: 'allowed-values',
  title: { zh: '合同问题的顾客沟通由技术部归口', en: 'Contract communication owned by 技术部' },
  short: { zh: '技术部归口', en: '技术部 owns' },
  modality: 'M',
  citation: { clause: '1、(2) 技术部职责', lines: 'L7', quote: '合同及其执行中出现的问题与顾客沟通的归口管理' },
  reading: {
    zh: '沟通类型含“合同”的沟通（合同履行、合同变更等），责任部门须为技术部（同一规定中也写作“技术业务部”，视为同一部门）。其他职能部门只配合，不单独与顾客沟通合同问题。责任部门未填写的不在此报告。',
    en: 'Communications whose type contains 合同 (performance, changes ...) are owned by 技术部 (the same document also says 技术业务部; both are accepted). Other departments cooperate but do not handle contract matters with the customer alone. A blank department is not reported here.',
  },
  escalateTo: ['技术部'],
  records: { callbackTypes: ['合同'] },
  params: { field: 'performerDept', allowed: ['技术部', '技术业务部'] },
};
