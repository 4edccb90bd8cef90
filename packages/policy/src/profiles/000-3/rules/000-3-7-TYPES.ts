import type { RuleInput } from '../../../profile/schema';

/** 000-3-7-TYPES: Each callback states its type. */
export const rule: RuleInput = {
  id: '000-3-7-TYPES',
  kind: 'required-fields',
  title: { zh: '回访须注明回访类型', en: 'Each callback states its type' },
  short: { zh: '未填回访类型', en: 'no callback type' },
  modality: 'M',
  citation: { file: '000_76cb93e03295e223.txt', section: '第三篇《客户回访管理规定(试行版)》第七条', lines: 'L69-84', quote: '常规回访为定期回访工作,专项回访为不定期回访工作' },
  reading: {
    zh: '新签约回访、持续回访（常规）与投诉回访、重要业务确认、解约回访、专项回访（专项）的频率和期限不同，每条回访须填写“回访类型”，否则无法判断它满足哪一项要求。',
    en: 'New-signing and continuing callbacks (regular) and complaint, important-matter, termination and HQ-ordered callbacks (special) have different frequencies and deadlines, so each callback must state its type; otherwise no rule can tell what it satisfies.',
  },
  params: { scope: 'contact', fields: [{ field: 'callbackType' }] },
};
