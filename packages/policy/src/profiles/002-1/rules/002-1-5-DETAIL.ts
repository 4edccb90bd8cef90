import type { RuleInput } from '../../../profile/schema';

/** 002-1-5-DETAIL: each callback's content is recorded in detail. */
export const rule: RuleInput = {
  id: '002-1-5-DETAIL',
  kind: 'required-fields',
  title: { zh: '每次回访内容须详实记录', en: 'Each callback\'s content recorded in detail' },
  short: { zh: '内容详实', en: 'content in detail' },
  modality: 'M',
  citation: { clause: '第5条', lines: 'L7', quote: '每次回访的内容在回访意向表里必须有祥实的记录' },
  reading: {
    zh: '每条回访记录的"回访内容"不得为空，且至少 10 个字（目录建议的下限，可在自定义配置中修改）。目录提到的"多条记录内容雷同"提示暂未实现：它是造假信号而非本条的要求。',
    en: 'Every callback record needs content of at least 10 characters (the catalog\'s suggested minimum; a custom profile can change it). The catalog\'s idea of flagging identical boilerplate across contacts is not implemented: it is a falsification signal, not what this clause requires.',
  },
  params: { scope: 'contact', fields: [{ field: 'content', minLength: 10 }] },
};
