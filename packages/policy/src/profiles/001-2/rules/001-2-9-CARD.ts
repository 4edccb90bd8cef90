import type { RuleInput } from '../../../profile/schema';

/** 001-2-9-CARD: the customer record card holds name, employer, position, address, contact and frequency. */
export const rule: RuleInput = {
  id: '001-2-9-CARD',
  kind: 'required-fields',
  title: { zh: '客户关系卡：姓名、工作单位、职位、住址、联系方式、联系频率', en: 'Customer record card: name, employer, position, address, contact details, contact frequency' },
  short: { zh: '客户卡齐全', en: 'card complete' },
  modality: 'M',
  citation: { section: '二(一)《客户关系维护办法》第9条', lines: 'L115', quote: '对于重点客户应该单独管理,制作重要客户卡片;客户关系卡应随着客户情况的变化,进行调整和更新' },
  reading: {
    zh: '第9条列出客户关系卡的内容：客户姓名、工作单位、职位、住址、联系方式、联系频率，每位客户在任一行填写即可。联系频率是 001-2-9-DECLARED-FREQ 检查回访的依据。重点客户“单独管理、制作重要客户卡片”和“随客户变化更新”在台账上看不出，不检查。无法识别的单元格也归于本条，记为“无效”。',
    en: 'Article 9 lists what the card holds: name, employer, position, address, contact details and contact frequency, each filled on any row of the customer. The frequency is what 001-2-9-DECLARED-FREQ checks contacts against. The separate card for key customers and updating the card as the customer changes are not visible in a ledger and are not checked. Unreadable cells fall under this clause too, as invalid.',
  },
  params: { scope: 'customer', fields: [{ field: 'customerName' }, { field: 'employer' }, { field: 'position' }, { field: 'address' }, { field: 'phone' }, { field: 'contactFrequency' }] },
};
