import type { RuleInput } from '../../../profile/schema';

/** 003-7-1.8-KPI: repeated reminders to register ignored -> month-end KPI penalty. */
export const rule: RuleInput = {
  id: '003-7-1.8-KPI',
  kind: 'reminders-ignored',
  title: { zh: '多次督促仍不存档备案，月底KPI考核惩罚', en: 'Registration still missing after repeated reminders: month-end KPI penalty' },
  short: { zh: '督促不备案', en: 'reminders ignored' },
  modality: 'M',
  citation: { clause: '1.8惩罚措施 第2款', lines: 'L186', quote: '对于不及时进行客户存档备案,经市场管理人员多次督促均不配合的,月底KPI考核时给予相应惩罚' },
  reading: {
    zh: '"多次"按目录推荐取 2 次及以上：客户行上的「督促次数」达到 2 而仍没有备案日期，记一次（月底考核时按检查日的状态）。"相应惩罚"文件没有数额，罚款留空（未配置），由人事在 KPI 中决定。没有「督促次数」列时无法判断；备案是否逾期另见 003-7-1.4-REG-5WD。',
    en: '"Repeatedly" is read as 2 or more (the catalog\'s reading): a customer whose reminder count reaches 2 while it has no registration date is one finding (judged as of the check, at month-end assessment). The penalty has no amount: the fine is blank (not configured) for HR to set. Without a reminder-count column: indeterminate. The late registration itself is 003-7-1.4-REG-5WD.',
  },
  fine: { amount: null, payer: '业务部门' },
  escalateTo: ['市场推广部'],
  params: { reminders: 'reminderCount', atLeast: 2, pending: 'registeredAt' },
};
