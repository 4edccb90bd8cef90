import type { ContactDefinitionInput } from '../../../profile/definitions';

/** 002-1-6-SUCCESS: what counts as a successful callback, for every cadence and deadline of 002-1 (its `definitions.contact`). */
export const contact: ContactDefinitionInput = {
  id: '002-1-6-SUCCESS',
  title: { zh: '成功回访的标准', en: 'What counts as a successful callback' },
  short: { zh: '成功回访', en: 'successful callback' },
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第一篇《销售部客户回访制度》第6条', lines: 'L8', quote: '没有回访内容或暂时无法联系的用户不视为一次成功回访' },
  reading: {
    zh: '成功回访 = 接通（双向）且有回访内容；台账有"回访主题"列时主题也须填写。短信、微信等文字方式只有在结果写明客户已回复时才算（"短信互访"）；“已发送”“已读”只是送达，是一次接触而不是互访，不算。回访类型为信息回访（节日/生日祝福、来电来店感谢、活动通知、天气提醒，见第一篇"注"）的不算。结果写“已拜访、已面谈、已上门、已见面”的是一次上门回访（回访方式空着时即按上门）；“无人接听、关机、停机、空号、拒接”等是未接通的尝试，不算；“待回访、未回访”是计划，不是回访，也不是错误。“回访结果”留空：台账里别的回访都写了结果时，留空的不算成功（没有接通的记录，按目录推荐“接通才算”）；整列都空着（或没有这一列）时才按已接通处理（文员常把成功的结果空着）。结果读不出（不是上述任何一种）的回访，成不成功无法判断：需要它的规则报"无法判断"并指出该行。本定义本身不产生发现，它决定各规则计入哪些回访。',
    en: 'A successful callback = the customer was reached (two-way) and the content is recorded; where the ledger has a topic column the topic too. Text channels (SMS, WeChat, e-mail) count only when the outcome says the customer replied ("短信互访"); 已发送 and 已读 (sent, read) only say a message arrived: a touch, not an exchange, and they do not count. Information callbacks (greetings, thanks, event notices, weather reminders; the 注 of 第一篇) never count. An outcome 已拜访, 已面谈, 已上门 or 已见面 is a visit that took place (a visit where the channel is blank); 无人接听, 关机, 停机, 空号, 拒接 and the like are attempts that did not reach the customer and do not count; 待回访 and 未回访 are plans, neither a callback nor an error. A blank outcome: where the ledger records outcomes on other callbacks, a blank one is no record of reaching the customer and does not count (the catalog: reached only); only where the whole column is blank (or absent) is a call or visit read as reached, because such clerks leave the outcome of a successful call empty. A callback whose outcome cannot be read (none of these words) may or may not be successful: rules that need it say indeterminate, naming the row. This definition has no findings of its own: it decides which contacts the rules count.',
  },
  requireReached: true,
  blankOutcomeIsReached: true,
  requireContent: true,
  requireTopic: true,
  textNeedsReply: true,
  excludedTypes: ['信息回访', '祝福', '感谢', '活动通知', '天气'],
};
