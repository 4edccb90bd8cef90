import type { RuleInput } from '../../../profile/schema';

/** 001-1-KP1-TIER-IN-FILE: the customer's grade is recorded in the customer file. */
export const rule: RuleInput = {
  id: '001-1-KP1-TIER-IN-FILE',
  kind: 'required-fields',
  title: { zh: '客户分级结果计入客户档案', en: 'The customer\'s grade is recorded in the customer file' },
  short: { zh: '客户等级已记录', en: 'grade recorded' },
  modality: 'M',
  citation: { section: '一(一) 关键点1', lines: 'L17', quote: '并将分类信息计入客户档案,以便于对客户进行分级管理和维护' },
  reading: {
    zh: '每位客户须有客户等级（任一行填写即可），写成本档案认不出的等级记为“无效”。谁评的级（客户关系主管）台账上通常没有，不检查（见覆盖表 001-1-5.2-RATING）。无法识别的单元格也归于本条。',
    en: 'Every customer needs a grade (on any of its rows); a grade the profile does not know is invalid. Who graded it (the relationship supervisor) is rarely in a ledger and is not checked (coverage: 001-1-5.2-RATING). Unreadable cells fall under this clause too.',
  },
  params: { scope: 'customer', fields: [{ field: 'tier' }] },
};
