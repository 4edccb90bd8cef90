import type { RuleInput } from '../../../profile/schema';

/** 002-4-3-PHONE-ONLY: the phone is the only callback method; QQ and WeChat only carry files. */
export const rule: RuleInput = {
  id: '002-4-3-PHONE-ONLY',
  kind: 'contact-channel',
  title: { zh: '回访唯一方式：电话', en: 'Phone is the only callback method' },
  short: { zh: '只用电话', en: 'phone only' },
  modality: 'M',
  citation: { file: '002_5b4178db3268d4b2.txt', section: '第四篇《客户回访制度》三', lines: 'L66-67', quote: '唯一方式:电话' },
  reading: {
    zh: '回访记录里方式不是电话的行（QQ、微信、短信、上门……）都报出：QQ 和微信只用来配合发送文件和资料，记成回访不算数。报为警告，因为这类行常常只是发资料的记录；它们也不应替代 10 天一次的电话。',
    en: 'Rows of the callback record whose channel is not the phone (QQ, WeChat, SMS, a visit...) are reported: QQ and WeChat only accompany calls to send files, and logged as callbacks they do not count. Reported as warnings, since such rows are often just a file sent; they must not stand in for the 10-day call either.',
  },
  severity: 'warning',
  params: { allowed: ['phone'] },
};
