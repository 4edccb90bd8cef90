import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.4-TOPICS: dealer callbacks record what they covered (market, technical state, quality, price). */
export const rule: RuleInput = {
  id: '002-2-1.4-TOPICS',
  kind: 'required-fields',
  title: { zh: '经销商回访针对市场需求、产品技术状态、质量及价格等方面并做记录', en: 'Dealer callbacks record their subjects: market demand, technical state, quality, price' },
  short: { zh: '回访方面', en: 'subjects recorded' },
  modality: 'M',
  citation: { section: '第二篇《客户回访管理办法》1.4', lines: 'L23, L25', quote: '主要针对市场需求、产品技术状态、产品质量以及产品价格等方面回访并做记录' },
  reading: {
    zh: '对 A/B/C/D 级经销商的每次回访须在"回访主题"（回访方面）列写明涉及的方面。"主要针对"不要求每次四项齐全，写了一项即可；是否真的谈了这些方面，台账无法判断。台账没有主题列时报"无法判断"一次。',
    en: 'Each callback to an A/B/C/D dealer records its subject(s) in a topic column (回访主题 / 回访方面). "主要针对" does not require all four each time; one is enough; whether they were really discussed cannot be seen. Without a topic column the rule reports indeterminate once.',
  },
  when: { fact: 'tier', operator: 'in', value: ['A', 'B', 'C', 'D'] },
  params: { scope: 'contact', fields: [{ field: 'topic' }] },
};
