import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.9-SURVEY: survey results are analysed and improvements proposed. */
export const rule: RuleInput = {
  id: '004-J-5.9-SURVEY',
  kind: 'required-fields',
  title: { zh: '滿意度調查結果交品管部分析並提出改善', en: 'Satisfaction-survey results analysed by quality control, with improvements' },
  short: { zh: '調查改善', en: 'survey improvement' },
  modality: 'M',
  citation: { clause: '5.9', lines: 'L336-337', quote: '將調查結果交由品管部進行資料分析及提出改善' },
  reading: {
    zh: '聯絡事項含“滿意度/調查”的行（調查表回傳）須填寫改善情況（品管部的分析和改善）。制度沒有給期限，所以只查是否填寫；回覆客戶另見 004-J-5.9-SURVEY-REPLY。',
    en: 'A row whose matter mentions a satisfaction survey (a returned survey form) needs the improvement (quality control\'s analysis and proposal). The document gives no deadline, so only its presence is checked; the reply to the customer is 004-J-5.9-SURVEY-REPLY.',
  },
  records: { callbackTypes: ['滿意度', '满意度', '調查', '调查'] },
  params: { scope: 'contact', fields: [{ field: 'improvement' }] },
};
