import type { RuleInput } from '../../../profile/schema';

/** 000-5-5-BDAY-10d: a phone call or visit before each yearly birthday or 寿辰. */
export const rule: RuleInput = {
  id: '000-5-5-BDAY-10d',
  kind: 'anniversary',
  title: { zh: '生日、寿辰前10天电话或登门回访', en: 'Call or visit 10 days before a birthday or 寿辰' },
  short: { zh: '生日回访', en: 'birthday call' },
  modality: 'M',
  citation: { clause: '二、5', lines: 'L163', quote: '在客人生日或寿辰的前10天、庆典活动的前 30天以电话或登门的形式去回访客人' },
  reading: {
    zh: '按期限理解（目录推荐）：每年生日（按“生日/寿辰”列的月、日，2月29日在平年按2月28日）前第17天至前第10天之间有一次电话或上门的成功回访即合规；前第10天之后、生日当天之前（含当天）才回访为“完成晚了”；到期无回访则逾期。每年的生日各算一次，互不替代。义务从市场部收到或录入该客人信息之日起算（上报时间、录入时间，无则首次回访），收到信息时已过期的那一年不算。台账有“回访类型”列时只计类型含“生日”或“寿辰”的回访。寿辰多按农历过：填在“农历生日”列（如 九月初六、腊月初八）时，按每年农历该日对应的公历日期计算（农历表覆盖 1990-2100 年；小月没有三十的按廿九，闰月生日按正常月份）；“生日/寿辰”列按公历读取。',
    en: 'Read as a deadline (the catalog\'s recommendation): each year, a successful phone call or visit from 17 to 10 days before the birthday (month and day of the 生日/寿辰 column; 29 February falls on 28 February in common years) passes; a contact after that and up to the day itself is late; none by then is overdue. Every year is its own due date. Obligations start when marketing received or entered the guest\'s information (上报时间, 录入时间, else the first contact): a year already past its due date then is not counted. Where the ledger has a callback-type column, only types containing 生日 or 寿辰 count. A 寿辰 is often kept by the lunar calendar: entered in the 农历生日 column (九月初六, 腊月初八) it falls each year on that lunar date (table 1990-2100; a 30th in a 29-day month on the 29th, a leap-month birthday in the regular month); the 生日/寿辰 column is read as Gregorian.',
  },
  fine: { amount: 50, payer: '回访人' },
  escalateTo: ['市场部经理'],
  params: { date: 'birthday', from: -17, to: -10, lateUntil: 0, channels: ['phone', 'visit'], callbackTypes: ['生日', '寿辰'], knownFrom: ['reportedAt', 'recordedAt', 'contactAt'], lunarDate: 'lunarBirthday' },
};
