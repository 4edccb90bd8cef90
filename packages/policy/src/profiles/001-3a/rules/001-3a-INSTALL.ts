import type { RuleInput } from '../../../profile/schema';

/** 001-3a-INSTALL: after installation and commissioning, a phone callback on the installer's work. */
export const rule: RuleInput = {
  id: '001-3a-INSTALL',
  kind: 'field-deadline',
  title: { zh: '安装调试结束后电话回访，了解对调试人员的满意度', en: 'After installation, a phone callback on the installer\'s work' },
  short: { zh: '安装回访', en: 'install callback' },
  modality: 'U',
  citation: { section: '三(一)《客户电话回访方案》三、常规电话回访', lines: 'L217', quote: '公司安排调试人员为客户安装调试结束后,客户服务人员电话回访客户,了解客户对安装调试人员工作的满意度' },
  reading: {
    zh: '安装调试完成日期所在行的回访时间须在期限内。原文要求回访却没有给出期限，期限留空，本条报"未配置"；公司可设定天数（如 3 天）。回访须由客服人员而非调试人员本人进行，台账没有调试人员列，暂不检查。',
    en: 'The callback on the row of an installation date must come within a deadline. The text requires the callback but gives no deadline, so it is blank and the rule reports not configured; a company may set a number of days (e.g. 3). The call is customer service\'s, not the installer\'s own; ledgers have no installer column, so that is not checked yet.',
  },
  params: { from: 'installAt', to: 'contactAt', unit: 'days', within: null },
};
