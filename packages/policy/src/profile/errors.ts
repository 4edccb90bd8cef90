/**
 * Profile errors: `bad-profile` with every problem found as an issue ({ code, path, params }), and
 * `unknown-profile`. The issue texts are rendered per locale from the issue's data: the codes below,
 * the calendar's own (for `calendarYears`), or zod's locales for zod's codes.
 */
import { CALENDAR_ISSUES } from '../calendar/errors';
import type { Issue, Locale, MessageTable } from '../errors';
import { issueText } from '../errors/zod';

export const PROFILE_ERRORS = {
  'bad-profile': {
    zh: '规则配置（profile）无效：{issues}',
    en: 'Invalid profile: {issues}',
  },
  'unknown-profile': {
    zh: '没有名为「{id}」的内置规则配置。可用：{ids}。',
    en: 'No built-in profile "{id}". Available: {ids}.',
  },
} as const satisfies MessageTable;

/**
 * What is wrong at one path of a profile, for the checks of profile/load.ts and the refinements of
 * the rule schemas that name a code (`ordered`); a kind's own `validate` brings its own words (`params-issue`).
 */
export const PROFILE_ISSUES: MessageTable = {
  ...CALENDAR_ISSUES,
  'key-not-allowed': { zh: '不允许使用这个键', en: 'key not allowed' },
  'too-deep': {
    zh: '嵌套过深（对象和列表超过 {max} 层；请把条件写得更平，例如用一个 "all" 列表代替层层嵌套）',
    en: 'nested too deep (more than {max} levels of objects and lists; write the condition flatter, e.g. one "all" list instead of nested ones)',
  },
  'duplicate-rule-id': { zh: '规则编号 {id} 重复', en: 'duplicate rule id {id}' },
  'not-a-tier': { zh: '{value} 不是本配置的客户等级之一（{tiers}）', en: "{value} is not one of the profile's tiers ({tiers})" },
  'no-tiers': { zh: '{value} 不是本配置的客户等级之一（本配置没有定义等级）', en: "{value} is not one of the profile's tiers (it has none)" },
  'not-a-rule': { zh: '{value} 不是本配置中的规则', en: '{value} is not a rule of the profile' },
  'inverted-range': {
    zh: '{end}（{endValue}）小于 {start}（{startValue}）：{whyZh}',
    en: '{end} ({endValue}) is less than {start} ({startValue}): {why}',
  },
  'date-only-column': {
    zh: '{field}（{column}）是日期列（类型 {type}），没有时分：{setting} 需要精确到时分的时间；{insteadZh}',
    en: '{field} ({columnEn}) is a date column (type {type}), with no time of day: {setting} needs hours and minutes; {instead}',
  },
  'params-issue': { zh: '{zh}', en: '{message}' },
};

/** A path as messages write it, long ones cut in the middle: `rules.3.when.not.not.…(40 levels)`. */
export function writtenPath(path: readonly (string | number)[], locale: Locale = 'en'): string {
  if (path.length === 0) return locale === 'zh' ? '（顶层）' : '(root)';
  if (path.length <= 12) return path.join('.');
  return `${path.slice(0, 8).join('.')}.…(${path.length} ${locale === 'zh' ? '层' : 'levels'})`;
}

/**
 * One issue of a bad profile as a line: where, then what is wrong, in one locale.
 * @example renderProfileIssue({ code: 'not-a-tier', path: ['rules', 3, 'params', 'tier'], params: { value: 'Z', tiers: 'H/A/B/C' } }, 'en') // "rules.3.params.tier: Z is not one of the profile's tiers (H/A/B/C)"
 */
export function renderProfileIssue(issue: Issue, locale: Locale): string {
  return `${writtenPath(issue.path, locale)}${locale === 'zh' ? '：' : ': '}${issueText(issue, locale, PROFILE_ISSUES)}`;
}
