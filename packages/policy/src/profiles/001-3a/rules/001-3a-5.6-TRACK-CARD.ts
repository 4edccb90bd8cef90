import type { RuleInput } from '../../../profile/schema';

/** 001-3a-5.6-TRACK-CARD: each phone callback is written up on the user follow-up service card. */
export const rule: RuleInput = {
  id: '001-3a-5.6-TRACK-CARD',
  kind: 'required-fields',
  title: { zh: '电话回访完毕及时填写《用户跟踪服务卡》，记录回访情况', en: 'After each phone callback, the follow-up service card records it' },
  short: { zh: '服务卡记录', en: 'service card' },
  modality: 'M',
  citation: { section: '三(一)《客户电话回访方案》五、电话回访规范 6', lines: 'L251', quote: '并及时认真填写《用户跟赠服务卡》,记录回访情况' },
  reading: {
    zh: '（"跟赠"为"跟踪"之误。）台账即服务卡：每一条回访都须写明回访人和回访情况。"及时"没有期限，不检查填写时间。无法识别的单元格（写错的日期等）也归于本条，记为"无效"。',
    en: '(跟赠 is a typo for 跟踪.) The ledger is the service card: each callback names who made it and records what happened. "Promptly" has no number, so the time of writing is not checked. Unreadable cells (a wrong date) fall under this clause too, as invalid.',
  },
  params: { scope: 'contact', fields: [{ field: 'performer' }, { field: 'content' }] },
};
