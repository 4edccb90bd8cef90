import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.4-REG-5WD: a new customer is registered (备案) within 5 working days of first contact. */
export const rule: RuleInput = {
  id: '003-7-1.4-REG-5WD',
  kind: 'field-deadline',
  title: { zh: '接触新客户后5个工作日内备案', en: 'New customer registered within 5 working days of first contact' },
  short: { zh: '5日内备案', en: 'register 5 WD' },
  modality: 'M',
  citation: { clause: '1.4客户备案 第1款', lines: 'L154', quote: '业务部门接触到新客户后,须在5个工作日内到市场推广部进行备案,填写《客户基本信息表》' },
  reading: {
    zh: '首次接触日 = 该客户最早的「首次接触日期」（或联系日期）；备案日期须不晚于其后第 5 个工作日（首次接触当日不计，按国务院放假安排，调休上班的周末算工作日，节假日不算）。未备案且已过期为"逾期"，备案晚了为"迟办"。工作日历不含的年份报"无法判断"。制度自 2013-07-01 起实行，更早接触的客户不在本规定之内（工作日历本来也只覆盖 2004 年以后）。',
    en: 'The first contact is the customer\'s earliest 首次接触日期 (or contact date); the registration date must be no later than the 5th working day after it (the contact day not counted; official calendar, make-up weekend days are working days, holidays are not). Not registered after the deadline: overdue; registered after it: late. Years the calendar lacks: indeterminate. The regulation applies from 2013-07-01.',
  },
  escalateTo: ['市场推广部'],
  params: { from: 'contactAt', to: 'registeredAt', unit: 'workdays', within: 5, scope: 'customer' },
};
