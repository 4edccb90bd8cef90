import type { RuleInput } from '../../../profile/schema';

/** 002-4-3-PHONE-ONLY: the phone is the only callback method; QQ and WeChat only carry files. */
export const rule: RuleInput = {
  id: '002-4-3-PHONE-ONLY',
  kind: 'allowed-values',
  title: { zh: '回访唯一方式：电话', en: 'Phone is the only callback method' },
  short: { zh: '只用电话', en: 'phone only' },
  modality: 'M',
  citation: { clause: '三', lines: 'L66-67', quote: '唯一方式:电话' },
  reading: {
    zh: '回访只能打电话。QQ 和微信可以“配合发送文件和资料”：回访方式为 QQ、微信的行，内容写明发送的是文件、资料、目录、报价、图片、合同等的，不是回访，不报；内容是别的（询问、沟通、问候……）即是用 QQ、微信回访，违规；没写内容的看不出是哪一种，报“无法判断”。短信、上门等其他方式的回访同样违规。这些行都不算 10 天一次的电话（见 002-4-4.2-10d）。',
    en: 'Callbacks are by phone only. QQ and WeChat may "accompany calls to send files and materials": a QQ or WeChat row whose content says it sent files, materials, a catalogue, a quotation, pictures, a contract and the like is no callback and is not reported; any other content (questions, talks, greetings...) is a callback by QQ or WeChat and a breach; a row without content cannot be told and is indeterminate. Callbacks by SMS, visits or any other channel are breaches too. None of these rows counts as the 10-day call (see 002-4-4.2-10d).',
  },
  params: {
    field: 'channel',
    allowed: ['phone'],
    carriers: { channels: ['wechat', 'qq'], words: ['文件', '资料', '目录', '报价', '价目表', '价格表', '图片', '照片', '合同', '说明书', '附件', '链接', '表格', '宣传册', '样册', '海报'] },
  },
};
