import type { RuleInput } from '../../../profile/schema';

/** 000-5-2.2-DAILY-SIGNOFF: the service manager signs the floor briefs every day. */
export const rule: RuleInput = {
  id: '000-5-2.2-DAILY-SIGNOFF',
  kind: 'field-deadline',
  title: { zh: '服务部经理每日签阅楼层简报', en: 'Service manager signs the floor briefs daily' },
  short: { zh: '每日签阅', en: 'daily sign-off' },
  modality: 'M',
  citation: { clause: '二、2(2)', lines: 'L157', quote: '服务部经理必须每日签阅楼层主管的《前厅每日工作简报》,填写自己的《前厅每日工作简报》上报酒店总经理审阅' },
  reading: {
    zh: '简报在就餐次日 9 点前交到服务部经理，须当天签阅：签阅日期不晚于就餐日期次日。台账没有“签阅日期”列时无法检查，报告一次“无法判断”。服务部经理自己的简报是否上报总经理，台账看不出。',
    en: 'The brief reaches the service manager by 09:00 the day after the meal and is signed that day: the 签阅日期 is at most the day after the meal date. Without a 签阅日期 column the rule reports indeterminate once. Whether the manager\'s own brief went to the GM is not visible in a ledger.',
  },
  fine: { amount: 50, payer: '服务部经理' },
  escalateTo: ['酒店总经理'],
  params: { from: 'receptionAt', to: 'signedOffAt', unit: 'days', within: 1 },
};
