import type { RuleInput } from '../../../profile/schema';

/** 002-5-6.1-CUSTODIAN: tourist callback records are kept by a designated person. */
export const rule: RuleInput = {
  id: '002-5-6.1-CUSTODIAN',
  kind: 'required-fields',
  title: { zh: '游客回访记录分类后由专人保管', en: 'Tourist callback records kept by a designated person' },
  short: { zh: '专人保管', en: 'custodian' },
  modality: 'M',
  citation: { section: '第五篇《客户回访制度》马上游科技 六、1', lines: 'L104', quote: '经过分类后由专人负责保存' },
  reading: {
    zh: '《游客回访记录表》汇总分类后由专人保存：每位游客的记录须写明「保管人」。没有期限，只查是否指定了保管人。',
    en: 'The tourist callback forms are consolidated, classified and kept by a designated person: each tourist\'s record names its custodian (保管人). No period is given; only that a custodian is named is checked.',
  },
  when: { fact: 'tier', operator: 'equal', value: 'T' },
  params: { scope: 'customer', fields: [{ field: 'custodian' }] },
};
