import type { RuleInput } from '../../../profile/schema';

/** 000-5-1.1-MEALREC: the dining record sheet is filled in by the waiter after the meal. */
export const rule: RuleInput = {
  id: '000-5-1.1-MEALREC',
  kind: 'field-deadline',
  title: { zh: '当餐结束后填写《顾客就餐记录单》', en: 'Dining record sheet filled in after each meal' },
  short: { zh: '就餐记录单', en: 'dining sheet' },
  modality: 'M',
  citation: { clause: '二、1(1)', lines: 'L153', quote: '本单由当值服务员当餐结束后按要求认真填写' },
  reading: {
    zh: '每张就餐记录（有就餐日期的行）应在就餐当天填写：填单时间不晚于就餐日期当天。台账没有“填单时间”列时无法检查，报告一次“无法判断”。无法读取的单元格（日期、电话等）也归入本条“按要求认真填写”。',
    en: 'Each dining record (a row with a meal date) is filled in on the day of the meal: the 填单时间 is at most the meal date. Without a 填单时间 column the rule reports indeterminate once. Unreadable cells (dates, channels) are reported under this clause too ("filled in as required").',
  },
  fine: { amount: 50, payer: '当值服务员' },
  escalateTo: ['前厅经理'],
  params: { from: 'receptionAt', to: 'filledAt', unit: 'days', within: 0 },
};
