import type { RuleInput } from '../../../profile/schema';

/** 000-2-2-BOX-CODE: every box shipped has a detailed code record. */
export const rule: RuleInput = {
  id: '000-2-2-BOX-CODE',
  kind: 'required-fields',
  title: { zh: '发往各市场的每盒产品都有详细的编码记录', en: 'Every box shipped has a detailed code record' },
  short: { zh: '产品编码', en: 'box code' },
  modality: 'M',
  citation: { section: '第二篇 医药公司客户管理规定 (二) 冲窜货管理', lines: 'L35', quote: '公司发往各市场的每盒产品都有详细的编码记录' },
  reading: {
    zh: '发货台账的每一行（发货日期）须有产品编码，冲窜货要靠编码追查流向。无法识别的单元格也归于本条，记为“无效”。',
    en: 'Every row of the shipment ledger (with a shipping date) needs its product code; diversion is traced through the codes. Unreadable cells fall under this clause too, as invalid.',
  },
  params: { scope: 'contact', fields: [{ field: 'productCode' }] },
};
