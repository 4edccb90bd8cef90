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
    zh: '每条回访记录的"回访内容"不得为空（空白为违规，错误）。"详实"不是字数：至少 10 个字是 ledgerlint 的建议值（目录建议的下限），制度未规定字数，所以不足 10 个字只报警告；公司可在自定义配置中修改 minLength，制度自己规定了字数时去掉 ours 即按错误报告。目录提到的"多条记录内容雷同"提示暂未实现：它是造假信号而非本条的要求。',
    en: 'Every callback record needs content (a blank one is a breach, an error). 详实 is no number: at least 10 characters is ledgerlint\'s suggested value (the catalog\'s suggested minimum), not the regulation\'s, so shorter content is only a warning; a custom profile can change minLength, and drop `ours` when its own regulation states a length (shorter content is then an error). The catalog\'s idea of flagging identical boilerplate across contacts is not implemented: it is a falsification signal, not what this clause requires.',
  },
  ours: { 'fields.0.minLength': { zh: '制度未规定字数', en: 'the regulation sets no length' } },
  params: { scope: 'contact', fields: [{ field: 'content', minLength: 10 }] },
};
