import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.9-SURVEY-REPLY: the survey form notes the reply to the customer and the improvement. */
export const rule: RuleInput = {
  id: '004-J-5.9-SURVEY-REPLY',
  kind: 'required-fields',
  title: { zh: '在客戶滿意度調查表中注明回覆情況及改善情況', en: 'Survey form notes the reply to the customer and the improvement' },
  short: { zh: '調查回覆', en: 'survey reply' },
  modality: 'M',
  citation: { file: '004_b18771e288959c8e.txt', section: '客戶溝通管理程序 5.9', lines: 'L337', quote: '并在<客戶滿意度調查表>中注明回復情況及改善情況' },
  reading: {
    zh: '滿意度調查的行一旦填了改善情況，就要由發貨部回覆客戶，並注明回覆情況；改善情況本身由 004-J-5.9-SURVEY 檢查。',
    en: 'Once a survey row has its improvement, the shipping department replies to the customer and the reply must be noted; the improvement itself is checked by 004-J-5.9-SURVEY.',
  },
  params: { scope: 'contact', only: { callbackTypes: ['滿意度', '满意度', '調查', '调查'], filled: ['improvement'] }, fields: [{ field: 'resolution' }] },
};
