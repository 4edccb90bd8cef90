import type { RuleInput } from '../../../profile/schema';

/** 003-2-5-PHONE: project callbacks are phone callbacks. */
export const rule: RuleInput = {
  id: '003-2-5-PHONE',
  kind: 'allowed-values',
  title: { zh: '项目回访以电话进行', en: 'Project callbacks by phone' },
  short: { zh: '电话回访', en: 'by phone' },
  modality: 'M',
  citation: { clause: '五、客户回访制度', lines: 'L56', quote: '进行定期的电话回访' },
  reading: {
    zh: '项目回访（有回访日期的行）的方式须为电话；按目录推荐，上门回访更进一步，也算。短信、邮件、微信等不算，报违规。方式空着的不判断。',
    en: 'Project callbacks (rows with a callback date) are by phone; following the catalog, a visit goes further and counts too. SMS, e-mail, WeChat and the like do not and are violations. A blank channel is not judged.',
  },
  params: { field: 'channel', allowed: ['phone', 'visit'] },
};
