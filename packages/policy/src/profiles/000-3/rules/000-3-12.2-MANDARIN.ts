import type { RuleInput } from '../../../profile/schema';

/** 000-3-12.2-MANDARIN: Mandarin unless the client asks for the local dialect. */
export const rule: RuleInput = {
  id: '000-3-12.2-MANDARIN',
  kind: 'required-fields',
  title: { zh: '回访须用普通话，方言须客户主动要求', en: 'Mandarin unless the client asks for the local dialect' },
  short: { zh: '方言回访无依据', en: 'dialect unexplained' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第十二条 2', lines: 'L114', quote: '回访必须用普通话,除非是客户主动要求回访人员用本地话做介绍' },
  reading: {
    zh: '“回访语言”写明方言（本地话、粤语等）时，须记录客户主动要求用本地话。没有语言列的台账无法检查（通常只能抽听录音）。',
    en: 'When the language column names a dialect (本地话, 粤语 ...), the record must show that the client asked for it. A ledger without a language column cannot be checked (usually only by listening to recordings).',
  },
  records: { flag: { field: 'language', values: ['方言', '本地话', '当地话', '粤语', '闽南语', '客家话', '上海话', '四川话'] } },
  params: { scope: 'contact', fields: [{ field: 'dialectRequest' }] },
};
