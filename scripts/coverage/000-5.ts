import type { CoverageEntries } from './types';

/** Catalog IDs of 000-5 (catalog §0.1) and how each is covered. */
export const entries: CoverageEntries = {
  '000-5-5-BDAY-10d': { title: 'Birthday / 寿辰 → phone call or visit 10 days before', state: 'encoded' },
  '000-5-5-CELEB-30d': { title: 'Celebration (庆典) → phone call or visit 30 days before', state: 'encoded' },
  '000-5-1.1-MEALREC': { title: 'Dining record sheet filled by the waiter on duty after each meal', state: 'encoded' },
  '000-5-2.1-BRIEF-0900': { title: 'Floor supervisor\'s daily brief and the dining sheets handed in before 09:00 next day', state: 'encoded' },
  '000-5-3-REVIEW-AM-REPORT-PM': { title: 'Reservation supervisor reviews yesterday\'s sheets each morning and reports the same afternoon', state: 'encoded' },
  '000-5-4-ENTRY-48h': { title: 'Marketing enters the birthday/celebration info into the computer within 48 hours of receipt', state: 'encoded' },
  '000-5-3-FINE-50': { title: 'Restaurant: any breach of the information-collection rules → 50元 per instance', state: 'not-a-rule', reason: { zh: '处罚条款：作为每条 000-5 规则的 50 元罚款（fine）计入，不单独检查', en: 'the penalty clause: carried as the 50元 fine of every 000-5 rule, not a check of its own' } },
  '000-5-6.1-1Y': { title: 'Dining record sheets and daily briefs kept by 前厅部 for at least 1 year', state: 'encoded' },
  '000-5-6.2-3Y': { title: 'Birthday, 寿辰 and celebration information kept by 市场部 and 酒店预订部 for at least 3 years', state: 'encoded' },
  '000-5-1.1-EVENT-NOTE': { title: 'Dining sheet: birthdays, 诞辰, wedding banquets, company celebrations and commemorations in private rooms must be noted in detail', state: 'encoded' },
  '000-5-3-BDAY-FIELDS': { title: 'Birthday, 寿辰 and celebration guests: name, employer, phone, special preferences, spending', state: 'encoded' },
  '000-5-5-PHONE-OR-VISIT': { title: 'Restaurant birthday and celebration callbacks by phone or home/office visit', state: 'encoded' },
  '000-5-4-LEADERS': { title: 'Restaurant: the GM, the front-office manager and the marketing manager carry leadership responsibility for customer information collection', state: 'not-a-rule', reason: { zh: '领导责任：作为各规则的上报对象（escalateTo：前厅经理、市场部经理、酒店总经理）', en: 'leadership responsibility: carried as the rules\' escalateTo roles (前厅经理, 市场部经理, 酒店总经理)' } },
  '000-5-2.2-DAILY-SIGNOFF': { title: 'Restaurant: the service manager signs the floor supervisors\' briefs every day and files his or her own brief with the GM', state: 'encoded' },
};
