import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.2-ROUTING: a problem found at a callback is recorded together with how it was passed on. */
export const rule: RuleInput = {
  id: '002-2-1.2-ROUTING',
  kind: 'required-fields',
  title: { zh: '发现问题及时记录，技术问题与技术部门、物流问题与销售部沟通并记录', en: 'Problems recorded and passed on: technical ones to the technical department, logistics to sales' },
  short: { zh: '问题处理记录', en: 'problem handled' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.2', lines: 'L21', quote: '技术问题应及时与技术部门沟通并记录,物流驾送问题应及时跟销售部沟通' },
  reading: {
    zh: '回访中记下了问题（"存在的问题"/"反馈问题"列）的，同一行须写明处理情况（与哪个部门沟通、怎样解决）。问题是技术还是物流、是否交给了对的部门，台账文字无法机器判断，只检查处理情况有没有记录。原文未设罚款。',
    en: 'A callback that records a problem (存在的问题 / 反馈问题) must record on the same row how it was handled (which department it went to, how it was solved). Whether the problem was technical or logistic, and whether it went to the right department, cannot be read from free text; only that the handling is recorded is checked. The document sets no fine.',
  },
  records: { filled: ['openQuestion'] },
  params: { scope: 'contact', fields: [{ field: 'resolution' }] },
};
