import type { RuleInput } from '../../../profile/schema';

/** 004-A-4-POST-RESOLUTION: a solved issue gets a follow-up callback (no deadline given). */
export const rule: RuleInput = {
  id: '004-A-4-POST-RESOLUTION',
  kind: 'field-deadline',
  title: { zh: '问题解决后进行回访，确保问题得到解决', en: 'Issue solved: follow-up callback to confirm' },
  short: { zh: '解决后回访', en: 'post-fix callback' },
  modality: 'U',
  citation: { clause: '二、4', lines: 'L33', quote: '并在解决后进行回访,确保问题得到解决' },
  reading: {
    zh: '每个已解决的问题（办结时间）之后应有一次回访（同一行的回访时间）。没有给出多久之内，本条报“未配置”；公司填写期限（within，如 3 天）后即按期检查。',
    en: 'Each solved issue (its closing time) is followed by a callback (the row\'s callback time). No time limit is given, so the rule reports not-configured until the company sets one (within, e.g. 3 days).',
  },
  params: { from: 'closedAt', to: 'contactAt', unit: 'days', within: null },
};
