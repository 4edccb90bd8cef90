import type { RuleInput } from '../../../profile/schema';

/** 002-1-2-INTENT-FORM: the intent form has every fillable field filled. */
export const rule: RuleInput = {
  id: '002-1-2-INTENT-FORM',
  kind: 'required-fields',
  title: { zh: '意向表资料须填写齐全', en: 'Intent form filled in completely' },
  short: { zh: '意向表齐全', en: 'intent form complete' },
  modality: 'M',
  citation: { clause: '第2条', lines: 'L4', quote: '意向表必须填写全所有能够填写的资料' },
  reading: {
    zh: '"所有能够填写的资料"无法机器判断，按目录推荐取核心字段：客户姓名、联系电话、接待时间、意向车型（等级另见 002-1-2-INTENT），每个意向客户在其任一行填写即可。台账没有某列时，该项报"无法判断"一次。无法识别的单元格（不是日期的日期等）也归于本条，记为"无效"。在台账中提车之前出现过（有接待或回访记录）的客户都是意向客户；只在提车后出现的老客户由 002-1-10-OLD-FORM 检查。',
    en: '"All fields that can be filled" is not machine-decidable; following the catalog, the core fields are required: customer name, phone, reception time, intended model (the tier is 002-1-2-INTENT). Filled on any row of the intent customer is enough. A column the ledger lacks is reported once as indeterminate. Unreadable cells (a date that is not a date) fall under this clause too, as invalid. Every customer the ledger shows before the pickup (a reception or a contact) was an intent customer; owners seen only after the pickup are checked by 002-1-10-OLD-FORM.',
  },
  when: { fact: 'stage', operator: 'equal', value: 'intent' },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'phone' }, { field: 'receptionAt' }, { field: 'intendedModel' }] },
};
