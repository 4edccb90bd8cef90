import type { RuleInput } from '../../../profile/schema';

/** 000-3-12.3-INVALID-LOG: Unsuccessful calls logged with the circumstances. */
export const rule: RuleInput = {
  id: '000-3-12.3-INVALID-LOG',
  kind: 'required-fields',
  title: { zh: '无效回访电话也须记录情况或原因', en: 'Unsuccessful calls logged with the circumstances' },
  short: { zh: '未接通未记原因', en: 'failed call unexplained' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十二条 3', lines: 'L115-116', quote: '的客户回访电话,仍需做好回访工作记录,记明情况或原因' },
  reading: {
    zh: '结果为未接通（无人接听、关机、占线、空号等）的拨打同样是一条回访记录：须写明回访人员、回访方式，并在“回访内容”中记明情况或原因。本文件的回访记录表没有单独的原因栏，情况写在回访内容里。',
    en: 'An unanswered attempt (no answer, switched off, busy, no such number) is a callback record too: it must name the performer and method, and state the circumstances or reason in the content column; this document\'s form has no separate reason column.',
  },
  records: { outcome: 'not-reached' },
  params: { scope: 'contact', fields: [{ field: 'performer' }, { field: 'channel' }, { field: 'content' }] },
};
