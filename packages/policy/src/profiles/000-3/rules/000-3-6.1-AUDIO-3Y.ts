import type { RuleInput } from '../../../profile/schema';

/** 000-3-6.1-AUDIO-3Y: Phone recordings kept three years or more. */
export const rule: RuleInput = {
  id: '000-3-6.1-AUDIO-3Y',
  kind: 'retention',
  title: { zh: '电话录音保存三年以上', en: 'Phone recordings kept three years or more' },
  short: { zh: '录音保存3年', en: 'audio 3 years' },
  modality: 'M',
  citation: { section: '第三篇《客户回访管理规定(试行版)》第六条 1', lines: 'L67', quote: '录音记录保存三年以上' },
  reading: {
    zh: '电话回访的录音自回访日起保存三年以上；“录音销毁日期”早于期满即提前销毁。录音缺失本身见 000-3-2-RECORDING；第十三条对全部回访资料的三年要求与本条和 000-3-2-REC-3Y 相同，不另设规则。',
    en: 'A phone callback\'s recording is kept three years or more from the call; a recording destruction date before that is early destruction. A missing recording is 000-3-2-RECORDING; 第十三条\'s three years for all material is the same as this rule and 000-3-2-REC-3Y.',
  },
  records: { channels: ['phone'] },
  params: { date: 'contactAt', years: 3, months: 0, deletedField: 'recordingDeletedAt', renew: 'record' },
};
