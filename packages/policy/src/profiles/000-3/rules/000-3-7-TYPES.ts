import type { RuleInput } from '../../../profile/schema';

/** 000-3-7-TYPES: Each callback states its type. */
export const rule: RuleInput = {
  id: '000-3-7-TYPES',
  kind: 'required-fields',
  title: { zh: '回访须注明回访类型', en: 'Each callback states its type' },
  short: { zh: '未填回访类型', en: 'no callback type' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第七条', lines: 'L69-84', quote: '常规回访为定期回访工作,专项回访为不定期回访工作' },
  reading: {
    zh: '新签约回访、持续回访（常规）与投诉回访、重要业务确认、解约回访、专项回访（专项）的频率和期限不同，每条回访须填写“回访类型”，否则无法判断它满足哪一项要求。类型按第七条列举（目录的枚举：新签约、持续、投诉回访、重要业务确认、解约回访、专项），是受控的：写了但不是其中之一的（如笔误“新签回访”）报为无效单元格，并在相近时提示“是否应为「新签约回访」？”；需要该类型的规则（新签约 5 个工作日、一个月、100%，持续回访）对这一行报"无法判断"并指出该行，而不是把它当作没有回访。“常规回访”不在列举之内：它可能是新签约也可能是持续，正是本条要求写清的。',
    en: 'New-signing and continuing callbacks (regular) and complaint, important-matter, termination and HQ-ordered callbacks (special) have different frequencies and deadlines, so each callback must state its type; otherwise no rule can tell what it satisfies. The types are those 第七条 lists (the catalog\'s enum: 新签约, 持续, 投诉回访, 重要业务确认, 解约回访, 专项), a controlled column: any other word (the typo 新签回访) is an invalid cell that asks, when one is close, "是否应为「新签约回访」？", and the rules that need the type (new signing in 5 working days, in a month, 100%; the yearly continuing callback) say indeterminate for that row, naming it, instead of counting the callback as missing. 常规回访 is not on the list: it may be 新签约 or 持续, which is what this clause asks to be written.',
  },
  params: { scope: 'contact', fields: [{ field: 'callbackType' }] },
};
