// parseProfile's errors as data: every problem of a profile as an issue { code, path, params },
// rendered per locale (zh wholly Chinese, zod's issues through zod's own locales), and the checks
// the schema cannot make (tiers and rule ids referred to, each kind's validate) made at load.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { LedgerlintError, ISSUE_LIMIT } from '../errors';
import { evaluate } from '../engine/evaluate';
import { KINDS, kindOf } from '../kinds';
import { oneRuleProfile } from '../testing/kind-check';
import { PROFILE_SOURCES } from '../profiles/sources';
import { parseProfile, profileJsonSchema } from './load';
import type { Condition } from '../rule/common';

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
    const kind = KINDS['value-limit'];
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

describe('custom profiles: a company\'s own rule IDs', () => {
  const vip = { tiers: [{ code: 'V', label: { zh: 'VIP', en: 'VIP' } }] };
  const own = (id: string, more: object = {}) => ({ ...oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'V', maxGapDays: 5 }, { id }, vip), recordsRuleId: id, ...more });

  it('an ID that is not a catalog ID is the company\'s own: it loads, evaluates and its findings carry it', async () => {
    const p = own('HX-VIP-5d', { tierRuleId: 'HX-VIP-5d', escalation: { ladder: [{ afterDays: 1, role: '经理' }], rules: ['HX-VIP-5d'] } });
    expect(parseProfile(p).rules[0].id).toBe('HX-VIP-5d');
    const table = { sheet: '回访', rows: [['客户编号', '客户等级', '回访时间', '回访方式', '回访内容', '回访结果'], ['K1', 'V', '2025-03-01 10:00', '电话', '介绍新车型配置和价格', '已接通']] };
    const report = await evaluate(table, parseProfile(p), { asOf: '2025-03-20' });
    const overdue = report.findings.filter((f) => f.status === 'overdue');
    expect(overdue.map((f) => [f.ruleId, f.customer, f.dueAt])).toEqual([['HX-VIP-5d', 'K1', '2025-03-06']]);
    expect(report.summary.escalations).toEqual([{ role: '经理', ruleId: 'HX-VIP-5d', customer: 'K1', row: 2 }]);
  });

  it.each([
    ['HX-VIP-5d', true],
    ['002-1-3-H-3d', true],
    ['acme.callback_7d', true],
    ['A', true],
    ['VIP+<=5%', true],
    ['x'.repeat(80), true],
    ['x'.repeat(81), false],
    ['', false],
    ['HX VIP', false],
    ['HX/VIP', false],
    ['-HX', false],
    ['.HX', false],
    ['HX\u0000', false],
    ['HX\n', false],
    ['回访-5d', false],
  ])('rule ID %j accepted: %s', (id, ok) => {
    if (ok) expect(() => parseProfile(own(id))).not.toThrow();
    else expect(refusal(own(id)).issues.map((i) => i.path.join('.'))).toContain('rules.0.id');
  });

  it('a refused ID says in each language what a rule ID may be', () => {
    const e = refusal(own('HX VIP'));
    const zh = e.issueTexts('zh').find((l) => l.startsWith('rules.0.id'));
    expect(zh).toMatch(/^rules\.0\.id：规则编号：以字母或数字开头.*自有编号 HX-VIP-5d）；实际值 "HX VIP"$/);
    expect(e.issueTexts('en')).toContain('rules.0.id: a rule ID: a letter or digit, then letters, digits and - . _ + < > = % (a catalog ID such as 002-1-3-H-3d, or your own such as HX-VIP-5d); found "HX VIP"');
  });
});

describe('custom profiles: load-time checks of what the schema alone lets through', () => {
  /** The codes and paths (inside the one rule's params, when `inParams`) of a profile's issues, [] when it loads. */
  function problems(profile: unknown, inParams = true): string[] {
    try {
      parseProfile(profile);
      return [];
    } catch (e) {
      return (e as LedgerlintError).issues.map((i) => `${i.code} ${i.path.join('.').replace(inParams ? /^rules\.0\.params\./ : /^$/, '')}`);
    }
  }

  // A clock-time setting on a column that holds dates only: every row would say 只有日期没有时分.
  it.each<[string, string, object, string[]]>([
    ['event-window: minutes from a date', 'event-window', { anchor: 'signedAt', unit: 'minutes', windows: [{ from: 1, to: 1440 }] }, ['date-only-column anchor']],
    ['event-window: days from a date', 'event-window', { anchor: 'signedAt', unit: 'days', windows: [{ from: 1, to: 7 }] }, []],
    ['event-window: minutes from a date-time', 'event-window', { anchor: 'receptionAt', unit: 'minutes', windows: [{ from: 1, to: 1440 }] }, []],
    ['event-window: minutes, falling back to a date', 'event-window', { anchor: 'pickupAt', anchorFallback: 'purchaseAt', unit: 'minutes', windows: [{ from: 60, to: 120 }] }, ['date-only-column anchorFallback']],
    ['event-window: months from a date', 'event-window', { anchor: 'purchaseAt', anchorFallback: 'pickupAt', unit: 'months', windows: [{ from: 0, to: 1 }] }, []],
    ['event-channel: minutes from a date', 'event-channel', { anchor: 'firstServiceAt', unit: 'minutes', from: 1, to: 1440, allowed: ['phone'] }, ['date-only-column anchor']],
    ['event-channel: workdays from a date', 'event-channel', { anchor: 'firstServiceAt', unit: 'workdays', from: 1, to: 3, allowed: ['phone'] }, []],
    ['field-deadline: hours from a date', 'field-deadline', { from: 'signedAt', to: 'responseAt', unit: 'hours', within: 24 }, ['date-only-column from']],
    ['field-deadline: minutes to a date', 'field-deadline', { from: 'receptionAt', to: 'feedbackAt', unit: 'minutes', within: 30 }, ['date-only-column to']],
    ['field-deadline: days between dates', 'field-deadline', { from: 'signedAt', to: 'feedbackAt', unit: 'days', within: 3 }, []],
    ['cutoff: cut-offs by the time of a date', 'cutoff', { field: 'reportedAt', anchor: 'signedAt', at: [{ clock: '18:00' }, { ifAnchorFrom: '12:00', clock: '10:00' }] }, ['date-only-column anchor']],
    ['cutoff: chosen by a date-time', 'cutoff', { field: 'reportedAt', anchor: 'signedAt', chooseBy: 'eventAt', at: [{ clock: '18:00' }, { ifAnchorFrom: '12:00', clock: '10:00' }] }, []],
    ['cutoff: chosen by a date', 'cutoff', { field: 'reportedAt', anchor: 'eventAt', chooseBy: 'useAt', at: [{ clock: '18:00' }, { ifAnchorFrom: '12:00', clock: '10:00' }] }, ['date-only-column chooseBy']],
    ['cutoff: one cut-off from a date', 'cutoff', { field: 'reportedAt', anchor: 'signedAt', at: [{ offsetDays: -1, clock: '18:00' }] }, []],
    ['cutoff: a rollover hour of a date', 'cutoff', { field: 'reportedAt', anchor: 'signedAt', anchorRollover: '18:00', at: [{ clock: '18:00' }] }, ['date-only-column anchorRollover']],
    ['cutoff: a rollover hour of a date-time', 'cutoff', { field: 'reportedAt', fieldRollover: '18:00', anchor: 'confirmedAt', anchorRollover: '18:00', at: [{ clock: '18:00' }] }, []],
    ['cutoff: a rollover hour of a date field', 'cutoff', { field: 'feedbackAt', fieldRollover: '18:00', anchor: 'confirmedAt', at: [{ clock: '18:00' }] }, ['date-only-column fieldRollover']],
    ['duplicate-claim: a rollover hour of a date', 'duplicate-claim', { claimant: 'performer', claimedAt: 'signedAt', rollover: '18:00', report: 'later-claims' }, ['date-only-column rollover']],
    ['duplicate-claim: a rollover hour of a date-time', 'duplicate-claim', { claimant: 'performer', claimedAt: 'confirmedAt', rollover: '18:00', report: 'later-claims' }, []],
    ['time-precision of a date', 'time-precision', { field: 'signedAt' }, ['date-only-column field']],
    ['time-precision of a date-time', 'time-precision', { field: 'contactAt' }, []],
  ])('%s', (_, kind, params, expected) => {
    expect(problems(oneRuleProfile(kind, params))).toEqual(expected);
  });

  it('a date column under a clock-time unit is named with its type and what to use instead, wholly in each language', () => {
    const e = refusal(oneRuleProfile('event-window', { anchor: 'signedAt', unit: 'minutes', windows: [{ from: 1, to: 1440 }] }));
    expect(e.issueTexts('zh')).toEqual(['rules.0.params.anchor：signedAt（签约日期）是日期列（类型 date），没有时分：unit: minutes 需要精确到时分的时间；请改用 unit: days（或换一个带时分的列）；实际值 "signedAt"']);
    expect(e.issueTexts('en')).toEqual(['rules.0.params.anchor: signedAt (signing date) is a date column (type date), with no time of day: unit: minutes needs hours and minutes; use unit: days (or a column with a time of day); found "signedAt"']);
  });

  // A range that ends before it starts; equal ends are a range of one.
  it.each<[string, string, object, string[]]>([
    ['event-window window', 'event-window', { anchor: 'pickupAt', unit: 'days', windows: [{ from: 1, to: 7 }, { from: 9, to: 8 }] }, ['inverted-range windows.1.to']],
    ['event-window window of one day', 'event-window', { anchor: 'pickupAt', unit: 'days', windows: [{ from: 3, to: 3 }] }, []],
    ['event-channel window', 'event-channel', { anchor: 'receptionAt', unit: 'minutes', from: 1440, to: 1, allowed: ['phone'] }, ['inverted-range to']],
    ['anniversary window', 'anniversary', { date: 'birthday', from: -3, to: -7 }, ['inverted-range to']],
    ['anniversary late after the window', 'anniversary', { date: 'birthday', from: -7, to: 0, lateUntil: -1 }, ['inverted-range lateUntil']],
    ['anniversary in order', 'anniversary', { date: 'birthday', from: -7, to: 0, lateUntil: 3 }, []],
    ['cutoff during', 'cutoff', { field: 'reportedAt', anchor: 'confirmedAt', at: [{ clock: '18:00' }], during: { field: 'eventAt', from: -1, to: -7 } }, ['inverted-range during.to']],
    ['count-per-period prorated minimum', 'count-per-period', { mode: 'any-channel', period: 'month', min: 1, prorateBelowDays: 15, proratedMin: 2 }, ['inverted-range min']],
    ['retry attempts over half-days', 'retry', { minAttempts: 2, minHalfDays: 3 }, ['inverted-range minAttempts']],
  ])('inverted range: %s', (_, kind, params, expected) => {
    expect(problems(oneRuleProfile(kind, params))).toEqual(expected);
  });

  it('an inverted fine range is refused at its max', () => {
    const e = refusal(oneRuleProfile('time-precision', { field: 'contactAt' }, { fine: { min: 50, max: 20 } }));
    expect(e.issueTexts('zh')).toEqual(['rules.0.fine.max：max（20）小于 min（50）：罚款范围颠倒；实际值 20']);
    expect(e.issueTexts('en')).toEqual(['rules.0.fine.max: max (20) is less than min (50): the fine range is inverted; found 20']);
  });

  // Every place a profile names a tier: each must be one of its tiers.
  const AB = { tiers: tiered.tiers };
  const cadence = (tier: string, when?: Condition) => oneRuleProfile('gap-cadence', { gap: 'fixed', tier, maxGapDays: 3 }, when ? { when } : {}, AB);
  it.each<[string, object, string[]]>([
    ['a rule\'s tier', cadence('Z'), ['not-a-tier rules.0.params.tier']],
    ['a rule\'s tier that exists', cadence('B'), []],
    ['a synonym to a missing tier', { ...cadence('A'), tierSynonyms: { 重点: 'A', 普通: 'C' } }, ['not-a-tier tierSynonyms.普通']],
    ['a band of a missing tier', { ...cadence('A'), tierBasis: { field: 'annualVolume', bands: [{ tier: 'A', min: 100 }, { tier: 'D', min: 0 }] } }, ['not-a-tier tierBasis.bands.1.tier']],
    ['a condition on a missing tier', cadence('A', { fact: 'tier', operator: 'in', value: ['A', 'X'] }), ['not-a-tier rules.0.when.value.1']],
    ['a nested condition on a missing tier', cadence('A', { all: [{ not: { fact: 'tier', operator: 'equal', value: 'X' } }] }), ['not-a-tier rules.0.when.all.0.not.value']],
    ['tiersFor on a missing tier', { ...cadence('A'), tiersFor: { fact: 'tier', operator: 'notEqual', value: 'X' } }, ['not-a-tier tiersFor.value']],
    ['a condition on tiers that exist', cadence('A', { any: [{ fact: 'tier', operator: 'equal', value: 'B' }, { fact: 'unitsPurchased', operator: 'greaterThan', value: 3 }] }), []],
    ['a tier in a list (value-limit caps)', capped('Q'), ['not-a-tier rules.0.params.caps.1.tier']],
  ])('tiers: %s', (_, profile, expected) => {
    expect(problems(profile, false)).toEqual(expected);
  });

  it('a tier a profile lacks is named with the tiers it has, or says it has none', () => {
    expect(refusal({ ...cadence('A'), tierSynonyms: { 普通: 'C' } }).issueTexts('zh')).toEqual(['tierSynonyms.普通：C 不是本配置的客户等级之一（A/B）']);
    const none = refusal(oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'H', maxGapDays: 3 }));
    expect([none.issueTexts('zh'), none.issueTexts('en')]).toEqual([['rules.0.params.tier：H 不是本配置的客户等级之一（本配置没有定义等级）'], ["rules.0.params.tier: H is not one of the profile's tiers (it has none)"]]);
  });
});

describe('a bad profile\'s Chinese lines are wholly Chinese', () => {
  const schemaWords = new Set<string>();
  /** Every property name and constant of the profile's JSON Schema: the names a Chinese line may quote. */
  (function collect(node: unknown): void {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((name) => schemaWords.add(name));
        if ((k === 'const' || k === 'enum') && v !== null) [v].flat().forEach((x) => typeof x === 'string' && schemaWords.add(x));
        if (k !== 'description') collect(v);
      }
    }
  })(profileJsonSchema());

  /**
   * The Latin words of a Chinese line that are not the schema's names or codes, nor quoted from the
   * input: after the path, quoted values ("…", '…', 「…」), a regex and code-shaped examples
   * (YYYY-MM-DD, HX-VIP-5d) are taken out, any run of three or more letters must be a property
   * name, a constant (`minutes`, `gap-cadence`) or a word of the input.
   */
  function englishIn(line: string, inputWords: Set<string>): string[] {
    const words = line
      .replace(/^[^：]*：/, '')
      .replace(/"[^"]*"|'[^']*'|「[^」]*」|\/\^.*\$\//g, '')
      .replace(/[A-Za-z0-9]+(-[A-Za-z0-9]+)+/g, (code) => (/\d/.test(code) || code === code.toUpperCase() ? '' : code));
    return (words.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? []).filter((w) => !schemaWords.has(w) && !w.split('-').every((p) => p.length < 3 || schemaWords.has(p)) && !inputWords.has(w));
  }

  const tiers = { tiers: [{ code: 'A', label: { zh: 'A类', en: 'A' } }] };
  const gap = (params: object = {}, extra: object = {}, profile: object = tiers) => oneRuleProfile('gap-cadence', { gap: 'fixed', tier: 'A', maxGapDays: 3, ...params }, extra, profile);
  const BROKEN: [string, unknown][] = [
    ['a type, a range, a length, an enum, a key, a format', { ...gap(), version: 0, id: 'bad id', title: { zh: '', en: 'x'.repeat(3000) }, essentialColumns: ['nonsense'], bogus: 1, workWeek: [1, 2, 'x'] }],
    ['an unknown kind and a rule ID with a slash', gap({}, { kind: 'gap-cadance', id: 'HX/VIP' })],
    ['params of the wrong type, too small, misspelt', gap({ maxGapDays: 'three', tier: 'AAAAAAAAAAAA', anchr: 'receptionAt' })],
    ['citations', gap({}, { citation: { file: 'other.txt', quote: 'q' } })],
    ['a citation with section and clause', gap({}, { citation: { section: '第一篇', clause: '第3条', quote: 'q' } })],
    ['a fine', gap({}, { fine: { min: 50, max: 20, amountFields: ['content'], currency: 'USD' } })],
    ['an undeclared fact, a mark of ours on nothing', gap({}, { when: { fact: 'stage', operator: 'equal', value: 'intent' }, ours: { 'fields.0.minLength': { zh: '无', en: 'none' } } })],
    ['definitions', { ...gap(), definitions: { facts: { tier: { before: 'a', after: 'a', switchesAt: 'content', seenBefore: ['contactAt'] } } } }],
    ['tiers: synonyms, bands, a ladder', { ...gap(), tierSynonyms: { 普通: 'C' }, tierBasis: { field: 'content', bands: [{ tier: 'A', min: 0 }, { tier: 'Z', min: 10 }] }, escalation: { ladder: [{ afterDays: 7, role: '总经理' }, { afterDays: 3, role: '经理' }], rules: ['HX-NONE'] } }],
    ['a duplicate rule ID, tierRuleId to nothing', { ...gap(), tierRuleId: 'HX-NONE', rules: [gap().rules[0], gap().rules[0]] }],
    ['event-window: minutes from a date, day shifts on a clock window, an inverted window', oneRuleProfile('event-window', { anchor: 'signedAt', unit: 'minutes', startsAfter: true, toMonthEnd: true, windows: [{ from: 9, to: 1, plusDays: 3 }] })],
    ['call-hours: an empty window, a bad clock', oneRuleProfile('call-hours', { mode: 'quiet', channels: ['phone'], windows: [{ from: '12:00', to: '12:00' }, { from: '25:00', to: '13:00' }] })],
    ['field-deadline: the same field twice, a text field', oneRuleProfile('field-deadline', { from: 'contactAt', to: 'contactAt', unit: 'hours', within: 2 })],
    ['field-deadline: a text field', oneRuleProfile('field-deadline', { from: 'content', to: 'contactAt', unit: 'days', within: 2 })],
    ['value-limit: a ratio with caps, no limit', oneRuleProfile('value-limit', { field: 'giftValue', percentOf: 'goodsValue', caps: [{ tier: 'A', max: 1, quota: null }] }, {}, tiers)],
    ['value-limit: no limit at all', oneRuleProfile('value-limit', { field: 'giftValue', minPercent: 5 })],
    ['duplicate-claim without tiers', oneRuleProfile('duplicate-claim', { claimant: 'tier', claimedAt: 'confirmedAt', report: 'later-claims' })],
    ['precondition naming a class the profile lacks', oneRuleProfile('precondition', { action: 'giftValue', requires: 'approvedAt', approverByTier: { field: 'approverRole', roles: { Z: ['总经理'] } } }, {}, tiers)],
    ['retry and cutoff ranges', { ...oneRuleProfile('retry', { minAttempts: 1, minHalfDays: 2 }) }],
    ['a calendar year', { ...gap(), calendarYears: [{ year: 2031, holidays: [{ date: '2031-13-45', name: '元旦' }], makeupWorkdays: [] }] }],
    ['a key that is not allowed', JSON.parse('{"__proto__": {}}')],
    ['a condition nested too deep', gap({}, { when: Array.from({ length: 45 }).reduce<object>((w) => ({ not: w }), { fact: 'tier', operator: 'equal', value: 'A' }) })],
  ];

  it.each(BROKEN)('%s', (_, profile) => {
    const e = refusal(profile);
    const input = JSON.stringify(profile);
    const inputWords = new Set(input.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? []);
    expect(e.zh).toMatch(/^规则配置（profile）无效：/);
    for (const [k, line] of e.issueTexts('zh').entries()) {
      expect(line, JSON.stringify(e.issues[k])).toMatch(/[\u4e00-\u9fff]/);
      expect(englishIn(line, inputWords), line).toEqual([]);
    }
    // Every refinement has Chinese words of its own: none falls back to the bare 取值无效.
    expect(e.issues.filter((i) => i.code === 'custom' && typeof i.params.zh !== 'string')).toEqual([]);
    // The English lines stay English.
    for (const line of e.issueTexts('en')) expect(line.replace(/"[^"]*"|'[^']*'|「[^」]*」/g, ''), line).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('the check finds English where it is: zod\'s own zh-CN text would fail it', () => {
    expect(englishIn('rules.0.params.maxGapDays：无效输入：期望 number，实际接收 string', new Set())).toContain('string');
    expect(englishIn('version：Invalid input: expected number, received string', new Set())).toEqual(['Invalid', 'input', 'expected', 'number', 'received', 'string']);
    expect(englishIn('rules.0.params.to：to is the same time as from', new Set())).toEqual(['the', 'time']);
  });
});
