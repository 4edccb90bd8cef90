// parseProfile's errors as data: every problem of a profile as an issue { code, path, params },
// rendered per locale (zh wholly Chinese, zod's issues through zod's own locales), and the checks
// the schema cannot make (tiers and rule ids referred to, each kind's validate) made at load.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { LedgerlintError, ISSUE_LIMIT } from '../errors';
import { kindOf } from '../kinds';
import { oneRuleProfile } from '../testing/kind-check';
import { PROFILE_SOURCES } from '../profiles';
import { parseProfile } from './load';

/** The bad-profile error parseProfile throws for a profile. */
function refusal(profile: unknown): LedgerlintError {
  try {
    parseProfile(profile);
  } catch (e) {
    expect(e).toBeInstanceOf(LedgerlintError);
    expect((e as LedgerlintError).code).toBe('bad-profile');
    return e as LedgerlintError;
  }
  throw new Error('parseProfile accepted the profile');
}

const tiered = { tiers: [{ code: 'A', label: { zh: 'A类', en: 'A' } }, { code: 'B', label: { zh: 'B类', en: 'B' } }] };
const capped = (tier: string) => oneRuleProfile('value-limit', { field: 'giftValue', per: 'customer', caps: [{ tier: 'A', max: 100, quota: null }, { tier, max: 50, quota: null }] }, {}, tiered);

afterEach(() => vi.restoreAllMocks());

describe('parseProfile: issues as data', () => {
  it('a tier anywhere in a rule\'s params (caps[].tier) must be one of the profile\'s tiers, named by its path', () => {
    expect(() => parseProfile(capped('B'))).not.toThrow();
    const e = refusal(capped('Z'));
    expect(e.issues).toEqual([{ code: 'not-a-tier', path: ['rules', 0, 'params', 'caps', 1, 'tier'], params: { value: 'Z', tiers: 'A/B' } }]);
    expect(e.en).toBe("Invalid profile: rules.0.params.caps.1.tier: Z is not one of the profile's tiers (A/B)");
    expect(e.zh).toBe('规则配置（profile）无效：rules.0.params.caps.1.tier：Z 不是本配置的客户等级之一（A/B）');
  });

  it('a rule marking as ours a param it does not have is refused, at the path of the mark', () => {
    const rule = (ours: Record<string, { zh: string; en: string }>) => oneRuleProfile('required-fields', { scope: 'contact', fields: [{ field: 'content', minLength: 10 }] }, { ours });
    expect(() => parseProfile(rule({ 'fields.0.minLength': { zh: '制度未规定字数', en: 'no length' } }))).not.toThrow();
    const e = refusal(rule({ 'fields.1.minLength': { zh: '制度未规定字数', en: 'no length' } }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['custom', ['rules', 0, 'ours', 'fields.1.minLength']]]);
  });

  it('tierSynonyms pointing at a tier the profile lacks is refused', () => {
    const e = refusal({ ...capped('B'), tierSynonyms: { 重点: 'A', 普通: 'C' } });
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['not-a-tier', ['tierSynonyms', '普通']]]);
  });

  it('reports every problem together, in the order of the document', () => {
    const p = { ...capped('Z'), tierSynonyms: { 普通: 'C' }, tierRuleId: '999-1-NOPE', escalation: { ladder: [{ afterDays: 1, role: '经理' }], rules: ['999-1-TEST', '999-1-GONE'] } };
    expect(refusal(p).issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'not-a-tier tierSynonyms.普通',
      'not-a-tier rules.0.params.caps.1.tier',
      'not-a-rule escalation.rules.1',
      'not-a-rule tierRuleId',
    ]);
  });

  it('runs each rule kind\'s validate through the registry, its issues under rules.<n>.params', () => {
    const kind = kindOf({ kind: 'value-limit' });
    const validate = vi.spyOn(kind, 'validateOf').mockReturnValue([{ path: ['caps', 0, 'max'], message: 'more than the budget', zh: '超出预算' }]);
    const e = refusal(capped('B'));
    expect(validate).toHaveBeenCalledOnce();
    expect(e.issues).toEqual([{ code: 'params-issue', path: ['rules', 0, 'params', 'caps', 0, 'max'], params: { message: 'more than the budget', zh: '超出预算' } }]);
    expect([e.zh, e.en]).toEqual(['规则配置（profile）无效：rules.0.params.caps.0.max：超出预算', 'Invalid profile: rules.0.params.caps.0.max: more than the budget']);
  });

  it('keeps at most ISSUE_LIMIT issues, and says how many more there were', () => {
    const e = refusal({ ...capped('B'), tierSynonyms: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, 'Z'])) });
    expect(e.issues).toHaveLength(ISSUE_LIMIT);
    expect(e.omittedIssues).toBeGreaterThan(0);
    expect(e.en).toMatch(new RegExp(`; \\(and ${e.omittedIssues} more\\)$`));
    expect(e.zh).toMatch(new RegExp(`；（另有 ${e.omittedIssues} 个问题未列出）$`));
  });

  it('renders zod\'s issues in each locale from their data, the Chinese wholly Chinese, without touching zod\'s config', () => {
    const p = structuredClone(PROFILE_SOURCES['002-1']) as any;
    p.version = 0;
    p.tiers[0].code = 'lower';
    p.rules[2].params.maxGapDays = 'three';
    p.rules[3].bogus = 1;
    p.title.zh = '回'.repeat(3000);
    p.rules[1].kind = 'eval';
    p.essentialColumns = ['nonsense'];
    const e = refusal(p);
    expect(e.issues.map((i) => i.code).sort()).toEqual(['invalid_format', 'invalid_type', 'invalid_union', 'invalid_value', 'too_big', 'too_small', 'unrecognized_keys']);
    const zh = e.issueTexts('zh');
    for (const line of zh) {
      // Only paths, quoted data (keys, values, a pattern) and numbers may be in Latin letters.
      const words = line.replace(/^[\w.]+：/, '').replace(/"[^"]*"|'[^']*'|「[^」]*」|\/.*\/|\b\d+\b/g, '');
      expect(words, line).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(zh).toContain('version：数值过小：应不小于 1；实际值 0');
    expect(e.issueTexts('en')).toContain('version: Too small: expected number to be >=1; found 0');
    // zod's global locale is untouched: a schema parsed elsewhere still speaks English.
    expect(z.number().safeParse('x').error!.issues[0].message).toBe('Invalid input: expected number, received string');
  });

  it('a refinement with a code (an inverted range) is rendered in each locale from its values', () => {
    const e = refusal(oneRuleProfile('anniversary', { date: 'birthday', from: -10, to: -17 }));
    expect(e.issues).toEqual([expect.objectContaining({ code: 'inverted-range', path: ['rules', 0, 'params', 'to'] })]);
    expect(e.issueTexts('zh')).toEqual(['rules.0.params.to：to（-17）小于 from（-10）：窗口颠倒；实际值 -17']);
    expect(e.issueTexts('en')).toEqual(['rules.0.params.to: to (-17) is less than from (-10): the window is inverted; found -17']);
  });

  it('a calendar year of the profile is reported with the calendar\'s own words, under the profile\'s path', () => {
    const p = { ...capped('B'), calendarYears: [{ year: 2031, holidays: [{ date: '2031-13-45', name: '元旦' }], makeupWorkdays: [] }] };
    const e = refusal(p);
    expect(e.issues[0]).toMatchObject({ code: 'calendar-bad-date', path: ['calendarYears', 0, 'holidays', 0, 'date'], params: { value: '2031-13-45' } });
    expect(e.issueTexts('zh')[0]).toMatch(/^calendarYears\.0\.holidays\.0\.date：「2031-13-45」不是有效日期/);
  });
});
