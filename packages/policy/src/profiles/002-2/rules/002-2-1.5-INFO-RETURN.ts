import type { RuleInput } from '../../../profile/schema';

/** 002-2-1.5-INFO-RETURN: each callback's information is sent to the sales department promptly. */
export const rule: RuleInput = {
  id: '002-2-1.5-INFO-RETURN',
  kind: 'field-deadline',
  title: { zh: '回访信息及时以邮件或传真发到销售部', en: 'Callback information sent to the sales department promptly' },
  short: { zh: '信息回传', en: 'info sent back' },
  modality: 'U',
  citation: { section: '第二篇《客户回访管理办法》1.5、3.3', lines: 'L26, L40', quote: '每次回访的各类信息业务员按照固定格式分类归拢后要及时以电子邮件或传真的方式发到销售部' },
  reading: {
    zh: '每次回访后，回传销售部的时间（"回传时间"列）须在期限内。原文只说"及时"，没有天数，期限留空，本条报"未配置"；公司可设定期限（目录建议 2 个工作日，按工作日历计）。设定后，每次未及时回传按第3.3条罚 50 元。',
    en: 'After each callback, the time it was sent to the sales department (a 回传时间 column) must be within a deadline. The text only says "promptly", so the deadline is blank and the rule reports not configured; a company may set one (the catalog suggests 2 working days, on the working-day calendar). Once set, each late send costs 50 yuan (3.3).',
  },
  fine: { amount: 50, payer: '业务员' },
  params: { from: 'contactAt', to: 'reportedAt', unit: 'workdays', within: null },
};
