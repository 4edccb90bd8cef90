import type { CoverageEntries } from './types';

/** Catalog IDs of 002-1 (catalog §0.1) that no built-in rule encodes, and why (the encoded ones are the rules of its profile). */
export const entries: CoverageEntries = {
  '002-1-NOTE-INFO': { title: '"Information callbacks": thanks for a call or visit, holiday and birthday greetings, company events, weather reminders',
    state: 'not-a-rule',
    reason: {
      zh: '信息回访的类型清单（来电/店感谢、节日生日祝福、活动、天气提醒），不是要求；002-1-6-SUCCESS 据此不把单向信息回访计入成功回访。其中隐含的问候没有时间要求，无法检查。',
      en: 'A list of information-callback types (thanks, greetings, events, weather), not a requirement; 002-1-6-SUCCESS uses it to keep one-way information callbacks from counting. The greetings it implies have no deadline to check.',
    },
  },
};
