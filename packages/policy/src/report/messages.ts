/** Rendering findings as text per locale. Findings store data; words live here and in the kinds. */
import { renderTemplateWith, type Locale } from '../errors';
import { GENERIC_MESSAGES } from '../rule/messages';
import type { Finding } from '../rule/finding';
import { channelName, kindOf, periodName } from '../kinds';
import type { Messages } from '../rule/kind';
import type { Profile } from '../profile/schema';

/** What each unreadable-cell code means, and what was expected. */
export const CELL_PROBLEMS: Record<string, { zh: string; en: string; expectedZh: string; expectedEn: string }> = {
  'not-a-date': { zh: '不是可识别的日期', en: 'is not a date', expectedZh: '日期，如 2025-03-05 14:30、2025/3/5、2025年3月5日', expectedEn: 'a date such as 2025-03-05 14:30, 2025/3/5 or 2025年3月5日' },
  'date-not-real': { zh: '不是真实存在的日期', en: 'is not a real date', expectedZh: '真实存在的日期', expectedEn: 'a date that exists' },
  'time-not-real': { zh: '时间不成立', en: 'is not a valid time of day', expectedZh: '00:00 至 23:59 之间的时间', expectedEn: 'a time between 00:00 and 23:59' },
  'date-1900-02-29': { zh: '是 Excel 虚构的 1900-02-29', en: 'is Excel\'s fictitious 1900-02-29', expectedZh: '真实日期', expectedEn: 'a real date' },
  'date-out-of-range': { zh: '超出日期范围', en: 'is out of the date range', expectedZh: '日期', expectedEn: 'a date' },
  'number-not-a-date': { zh: '是数字而不是日期', en: 'is a number, not a date', expectedZh: '日期', expectedEn: 'a date' },
  'excel-error': { zh: '是 Excel 错误值', en: 'is an Excel error value', expectedZh: '日期', expectedEn: 'a date' },
  'time-without-date': { zh: '只有时刻没有日期', en: 'is a time of day without a date', expectedZh: '带日期的时间', expectedEn: 'a date with its time' },
  'not-a-time': { zh: '不是时刻', en: 'is not a time of day', expectedZh: '时刻，如 14:30', expectedEn: 'a time such as 14:30' },
  'not-a-tier': { zh: '不是本规定的客户等级', en: 'is not a tier of this profile', expectedZh: '{tiers} 之一', expectedEn: 'one of {tiersEn}' },
  'not-a-channel': { zh: '不是可识别的回访方式', en: 'is not a known channel', expectedZh: '电话、上门、短信、微信、邮件、会议 之一', expectedEn: 'one of 电话 (phone), 上门 (visit), 短信 (SMS), 微信 (WeChat), 邮件 (e-mail), 会议 (meeting)' },
  'not-an-outcome': { zh: '不是可识别的回访结果', en: 'is not a known outcome', expectedZh: '已接通/成功 或 未接通/无人接听/关机/占线/空号', expectedEn: '已接通/成功 (reached) or 未接通/无人接听/关机/占线/空号 (not reached)' },
  'not-a-callback-type': { zh: '不是本规定的回访类型', en: 'is not a callback type of this profile', expectedZh: '{known} 之一', expectedEn: 'one of {known}' },
  'not-a-number': { zh: '不是数字', en: 'is not a number', expectedZh: '数字', expectedEn: 'a number' },
  'customer-error': { zh: '是 Excel 错误值（公式出错，如查找不到）', en: 'is an Excel error value (a formula failed, e.g. a lookup found nothing)', expectedZh: '客户编号或客户名称', expectedEn: 'a customer number or name' },
  'cell-too-long': { zh: '有 {length} 个字符，超过 Excel 单元格的上限 32,767 个', en: "holds {length} characters, more than an Excel cell's limit of 32,767", expectedZh: '不超过 32,767 个字符的文本（Excel 会截断更长的单元格，或打不开含有它的文件）', expectedEn: 'text of at most 32,767 characters (Excel truncates a longer cell, or cannot open a file holding one)' },
  'customer-missing': { zh: '没有客户编号或客户名称', en: 'has no customer number or name', expectedZh: '客户编号或客户名称', expectedEn: 'a customer number or name' },
};

/** A profile's rules by ID, built once per profile (a report renders thousands of messages). */
const RULES_BY_ID = new WeakMap<Profile, Map<string, Profile['rules'][number]>>();
function rulesById(profile: Profile): Map<string, Profile['rules'][number]> {
  let byId = RULES_BY_ID.get(profile);
  if (!byId) RULES_BY_ID.set(profile, (byId = new Map(profile.rules.map((r) => [r.id, r]))));
  return byId;
}

/**
 * A finding's message in one language.
 * @example renderFinding(finding, profile, 'zh') // '「H类客户每3天回访」逾期：…'
 */
export function renderFinding(finding: Finding, profile: Profile, locale: Locale): string {
  return render(finding, profile, locale);
}

/** Placeholders that may stay empty: the "did you mean" hint of an unreadable cell without a suggestion. */
const OPTIONAL_PLACEHOLDERS: ReadonlySet<string> = new Set(['hint', 'hintEn']);

/**
 * The placeholders of a finding's message that its data does not fill, in either locale (tests
 * run every finding they see through this: a missing value would render as an empty string).
 * @example unfilledPlaceholders(finding, profile) // [] when the message is complete
 */
export function unfilledPlaceholders(finding: Finding, profile: Profile): string[] {
  const missing = new Set<string>();
  render(finding, profile, 'zh', missing);
  render(finding, profile, 'en', missing);
  return [...missing];
}

/** A rule's messages in its mode's words, once per rule (a report renders thousands of messages). */
const MESSAGES_OF = new WeakMap<Profile['rules'][number], Messages>();
function messagesOf(rule: Profile['rules'][number]): Messages {
  let m = MESSAGES_OF.get(rule);
  if (!m) MESSAGES_OF.set(rule, (m = kindOf(rule).wordingOf(rule)));
  return m;
}

function render(finding: Finding, profile: Profile, locale: Locale, missing?: Set<string>): string {
  const rule = rulesById(profile).get(finding.ruleId);
  const own: Messages | undefined = rule ? messagesOf(rule) : undefined;
  const template = own?.[finding.messageId] ?? (GENERIC_MESSAGES as Messages)[finding.messageId];
  if (!template) {
    missing?.add(`messageId:${finding.messageId}`);
    return `${finding.ruleId}: ${finding.status}`;
  }
  const data = finding.data;
  const title = rule?.title[locale] ?? finding.ruleId;
  // An unreadable cell's message says what the cell is and what was expected, from its code.
  const problem = finding.messageId === 'invalid' ? CELL_PROBLEMS[String(data.code)] : undefined;
  // The finding's own fields and words in the locale win over its data; the rest is the data.
  const lookup = (key: string): string | number | undefined => {
    switch (key) {
      case 'rule':
        return title;
      case 'column':
        return finding.column;
      case 'row':
        return finding.row ?? undefined;
      case 'letter':
        return finding.columnLetter;
      case 'channel':
        return typeof data.channel === 'string' ? channelName(data.channel, locale) : data.channel;
      case 'allowed':
        return typeof data.allowed === 'string' ? data.allowed.split('/').map((c) => channelName(c, locale)).join('/') : data.allowed;
      case 'period':
        return isPeriodKind(data.periodKind) ? periodName(data.periodKind, locale) : data.period;
      case 'quote':
        // The words of the rule's own clause, as cited.
        return finding.citation.quote;
    }
    if (problem) {
      // The cell as written, in quotes; a blank one said so (“” reads as a typo).
      if (key === 'quoted') return data.value === '' || data.value === undefined ? (locale === 'zh' ? '（空白）' : '(blank)') : locale === 'zh' ? `“${data.value}”` : `"${data.value}"`;
      if (key === 'problem') return renderTemplateWith(problem.zh, lookup);
      if (key === 'problemEn') return renderTemplateWith(problem.en, lookup);
      if (key === 'expected') return renderTemplateWith(problem.expectedZh, lookup);
      if (key === 'expectedEn') return renderTemplateWith(problem.expectedEn, lookup);
      // The known word the clerk most likely meant, asked rather than assumed.
      if (key === 'hint') return data.suggestion === undefined ? undefined : `是否应为「${data.suggestion}」？`;
      if (key === 'hintEn') return data.suggestion === undefined ? undefined : ` Did you mean "${data.suggestion}"?`;
    }
    return data[key];
  };
  let text = renderTemplateWith(template[locale], (key) => {
    const v = lookup(key);
    if (v === undefined && !OPTIONAL_PLACEHOLDERS.has(key)) missing?.add(key);
    return v;
  });
  // A finding resting on a number the document does not state says the number is ours.
  const ours = typeof data.ours === 'string' ? rule?.ours?.[data.ours] : undefined;
  if (ours) text = withOursNote(text, ours, locale);
  // An amount taken from the finding's own row (该货值直接…扣除) is said with the finding.
  const fine = finding.fine;
  if (fine && 'amount' in fine && fine.amount !== null && typeof data.fineColumn === 'string') {
    const payer = finding.payer ?? (locale === 'zh' ? '责任人' : 'the person responsible');
    return locale === 'zh' ? `${text}按「${data.fineColumn}」${fine.amount} 元扣款，由${payer}承担。` : `${text} Deduction: ${fine.amount} yuan (the "${data.fineColumn}" column), borne by ${payer}.`;
  }
  return text;
}

/**
 * A message with the note that a number in it is ledgerlint's, not the document's, before its full stop.
 * @example withOursNote('…至少应有 10 个字。', { zh: '制度未规定字数', en: '…' }, 'zh') // '…至少应有 10 个字（ledgerlint 建议值，制度未规定字数）。'
 */
export function withOursNote(text: string, ours: { zh: string; en: string }, locale: Locale): string {
  const note = locale === 'zh' ? `（ledgerlint 建议值，${ours.zh}）` : ` (ledgerlint's suggested value; ${ours.en})`;
  const stop = locale === 'zh' ? '。' : '.';
  return text.endsWith(stop) ? `${text.slice(0, -1)}${note}${stop}` : `${text}${note}`;
}

const PERIOD_KINDS = new Set(['week', 'month', 'bimonth', 'halfyear', 'year']);
function isPeriodKind(v: unknown): v is 'week' | 'month' | 'bimonth' | 'halfyear' | 'year' {
  return typeof v === 'string' && PERIOD_KINDS.has(v);
}
