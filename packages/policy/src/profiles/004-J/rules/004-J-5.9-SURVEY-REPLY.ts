import type { RuleInput } from '../../../profile/schema';

/** 004-J-5.9-SURVEY-REPLY: the survey form notes the reply to the customer and the improvement. */
export const rule: RuleInput = {
  id: '004-J-5.9-SURVEY-REPLY',
  kind: 'required-fields',
  title: { zh: '在客戶滿意度調查表中注明回覆情況及改善情況', en: 'Survey form notes the reply to the customer and the improvement' },
  short: { zh: '調查回覆', en: 'survey reply' },
  modality: 'M',
  citation: { clause: '5.9', lines: 'L337', quote: '并在<客戶滿意度調查表>中注明回復情況及改善情況' },
  reading: {
    zh: '5.9：發貨部將改善情況回覆客戶，並在<客戶滿意度調查表>中注明回覆情況及改善情況。所以聯絡事項含“滿意度/調查”的每一行都要注明回覆情況，不論改善情況填了沒有：沒有改善也要回覆客戶（改善情況本身由 004-J-5.9-SURVEY 檢查）。文件沒有給回覆期限，所以只查是否注明。',
    en: 'Clause 5.9: the shipping department replies to the customer about the improvement and notes the reply and the improvement on the survey form. So every row whose matter mentions a satisfaction survey needs the reply noted, whether or not the improvement is filled in: a survey without an improvement is still answered (the improvement itself is 004-J-5.9-SURVEY). The document gives no deadline for the reply, so only its presence is checked.',
  },
  records: { callbackTypes: ['滿意度', '满意度', '調查', '调查'] },
  params: { scope: 'contact', fields: [{ field: 'resolution' }] },
};
