import type { RuleInput } from '../../../profile/schema';

/** 002-1-4-24H-PHONE: the 24-hour callback is a call, never a text message. */
export const rule: RuleInput = {
  id: '002-1-4-24H-PHONE',
  kind: 'event-channel',
  title: { zh: '24小时回访必须致电，不准用信息', en: 'The 24-hour callback must be a call, not a message' },
  short: { zh: '24小时须致电', en: '24 h by phone' },
  modality: 'M',
  citation: { clause: '第4条', lines: 'L6', quote: '24小时必须致电回访,不准用信息' },
  reading: {
    zh: '接待后 24 小时内的回访如只用了短信、微信、邮件等文字方式而没有电话或上门，每条文字回访记为一次违规。上门拜访比电话更进一步，视为满足（按目录推荐）。微信语音、微信电话记作电话。与 002-1-3-ALL-24h 一样只看提车之前的接待。窗口内有一行回访方式读不出（如“电活”）时，它可能就是那次电话，报"无法判断"并指出该行。',
    en: 'When the contacts within 24 hours of a reception are only text (SMS, WeChat, e-mail) with no call or visit, each text contact is a violation. A visit satisfies it, being more than a call (the catalog\'s recommendation). WeChat voice calls count as calls. As 002-1-3-ALL-24h, only receptions before the pickup. A row in the window whose channel cannot be read (电活) may be the call: indeterminate, naming the row.',
  },
  when: { fact: 'stage', operator: 'equal', value: 'intent' },
  params: { anchor: 'receptionAt', unit: 'minutes', from: 1, to: 1440, allowed: ['phone', 'visit'] },
};
