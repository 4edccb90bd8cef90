import type { RuleInput } from '../../../profile/schema';

/** 002-1-6-SUCCESS: what counts as a successful callback, for every cadence and deadline of 002-1. */
export const rule: RuleInput = {
  id: '002-1-6-SUCCESS',
  kind: 'qualifying-contact',
  title: { zh: '成功回访的标准', en: 'What counts as a successful callback' },
  short: { zh: '成功回访', en: 'successful callback' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第一篇《销售部客户回访制度》第6条', lines: 'L8', quote: '没有回访内容或暂时无法联系的用户不视为一次成功回访' },
  reading: {
    zh: '成功回访 = 接通（双向）且有回访内容；台账有"回访主题"列时主题也须填写。短信、微信等文字方式只有在结果写明客户已回复时才算（"短信互访"）。回访类型为信息回访（节日/生日祝福、来电来店感谢、活动通知、天气提醒，见第一篇"注"）的不算。"回访结果"留空的电话或上门回访按已接通处理（文员常把成功的结果空着）；写明未接通、关机等的不算。本规则本身不产生发现，它决定其他规则计入哪些回访。',
    en: 'A successful callback = the customer was reached (two-way) and the content is recorded; where the ledger has a topic column the topic too. Text channels (SMS, WeChat, e-mail) count only when the outcome says the customer replied ("短信互访"). Information callbacks (greetings, thanks, event notices, weather reminders; the 注 of 第一篇) never count. A blank outcome on a call or visit is read as reached, because clerks often leave the outcome of a successful call empty; an outcome such as 未接通 or 关机 does not count. This rule has no findings of its own: it decides which contacts the other rules count.',
  },
  params: {
    requireReached: true,
    blankOutcomeIsReached: true,
    requireContent: true,
    requireTopic: true,
    textNeedsReply: true,
    excludedTypes: ['信息回访', '祝福', '感谢', '活动通知', '天气'],
  },
};
