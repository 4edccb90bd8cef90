import type { RuleInput } from '../../../profile/schema';

/** 001-3b-VISITOR-CLASS: ordinary customers' groups of ten or fewer are in principle not received. */
export const rule: RuleInput = {
  id: '001-3b-VISITOR-CLASS',
  kind: 'value-limit',
  title: { zh: '一般客户十人以下的团体原则上不予接待', en: 'Ordinary customers: groups of ten or fewer are in principle not received' },
  short: { zh: '一般客户人数', en: 'group size' },
  modality: 'D',
  citation: { clause: '三、接待方式', lines: 'L270', quote: '十人以下的客户团体,原则上公司不予接待' },
  reading: {
    zh: '按字面执行：一般客户参观人数 10 人及以下（“以下”含本数）即提示。原文像是写反了（可能本意是“以上”），且是“原则上”，所以只作警告，请公司确认。重要客户和大客户的接待标准（茶点、纪念品、高管陪同）台账上看不到，不检查。',
    en: 'Read literally: an ordinary customer\'s group of 10 or fewer (以下 includes 10) is flagged. The text looks inverted (perhaps 以上 was meant) and says "in principle", so it is a warning only, for the company to confirm. The reception standards for important and key customers (tea, souvenirs, senior escorts) are not visible in a ledger and are not checked.',
  },
  when: { fact: 'tier', operator: 'equal', value: 'O' },
  severity: 'warning',
  params: { field: 'headcount', min: 11 },
};
