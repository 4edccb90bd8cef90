// Custom profiles are untrusted input (a company's JSON file, pasted into the add-in): every
// unknown or prototype-polluting key is rejected with its path, oversized input is rejected
// quickly without a stack overflow, conditions stay inside the allowed facts and operators, and a
// well-formed company variant is accepted and really used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, LedgerlintError, parseProfile, PROFILE_SOURCES, type CellValue, type ProfileInput, type RuleInput } from '@ledgerlint/policy';
import { oneRuleProfile } from '../packages/policy/src/testing/kind-check';
import { caseTable } from '../packages/policy/src/testing/rule-tester';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** The built-in profile as the JSON a company would start from, with every optional part filled in. */
function richSource(): { [key: string]: Json } {
  const p = JSON.parse(JSON.stringify(PROFILE_SOURCES['002-1'])) as { [key: string]: Json } & { rules: { [key: string]: Json }[] };
  p.$schema = 'https://example.com/ledgerlint-profile.schema.json';
  p.tierSynonyms = { 重点: 'A' };
  p.calendarYears = [{ year: 2030, holidays: [{ date: '2030-01-01', name: '元旦' }], makeupWorkdays: [{ date: '2030-01-05', name: '补班' }] }];
  const h = p.rules.find((r) => r.id === '002-1-3-H-3d')!;
  h.fine = { amount: 50, payer: '销售顾问' };
  h.escalateTo = ['销售经理'];
  h.when = { all: [{ fact: 'stage', operator: 'equal', value: 'intent' }, { not: { fact: 'tier', operator: 'in', value: ['C'] } }] };
  return p;
}

/** Paths of every object (not array) in a JSON value, the root first. */
function objectPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (value && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
  return [];
}

function at(value: Json, path: Path): { [key: string]: Json } {
  let v: Json = value;
  for (const k of path) v = (v as { [key: string]: Json })[k as string];
  return v as { [key: string]: Json };
}

/** How a path is written in messages: `rules.3.params`, `(root)` for the top. */
const written = (path: Path) => (path.length ? path.join('.') : '(root)');

/** The LedgerlintError a call throws (fails the test if it returns or throws anything else). */
function rejection(fn: () => unknown): LedgerlintError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a rejection').toBeInstanceOf(LedgerlintError);
  const e = thrown as LedgerlintError;
  expect(e.code).toBe('bad-profile');
  // The issues are data; both languages carry every one of them, rendered from it.
  expect(e.issues.length).toBeGreaterThan(0);
  for (const text of e.issueTexts('zh')) expect(e.zh).toContain(text);
  for (const text of e.issueTexts('en')) expect(e.en).toContain(text);
  return e;
}

/** The English issue lines of a rejection, as the English message lists them. */
const enIssues = (e: LedgerlintError) => e.issueTexts('en').join('; ');

const header = ['客户编号', '客户名称', '客户等级', '接待时间', '回访时间', '回访方式', '回访内容', '回访结果', '联系电话', '意向车型'];
const talk = '介绍新车型配置和价格，客户周末再来试驾';
const row = (id: string, tier: string, contact: string): CellValue[] => [id, '张伟', tier, contact.replace(/\d\d:\d\d$/, '10:00'), contact, '电话', talk, '已接通', '13800000001', '轩逸'];

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
let before: string[];
beforeAll(() => {
  before = prototypeKeys();
});
afterAll(() => {
  // Nothing any test below fed in reached Object.prototype.
  expect(prototypeKeys()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile profiles', () => {
  it('the enriched copy of 002-1 used below is itself a valid profile', () => {
    expect(parseProfile(richSource()).rules).toHaveLength(PROFILE_SOURCES['002-1'].rules.length);
  });

  it('an unknown key is rejected at every level, with its path and the key found', () => {
    const source = richSource();
    const paths = objectPaths(source);
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const p = structuredClone(source);
      at(p, path).bogus_key = 1;
      const e = rejection(() => parseProfile(p));
      const issues = enIssues(e);
      // `path: Unrecognized key: "bogus_key"`, or for a record (tierSynonyms) `path.bogus_key: ...`.
      const escaped = written(path).replace(/[.()$]/g, '\\$&');
      expect(issues, written(path)).toMatch(new RegExp(`(^|; )${escaped}(\\.bogus_key)?: `));
      expect(issues, written(path)).toContain('bogus_key');
    }
  });

  it('the message of a wrong value names the path, what was expected and what was found', () => {
    const cases: [(p: any) => void, string, RegExp][] = [
      [(p) => (p.rules[2].params.maxGapDays = 'three'), 'rules.2.params.maxGapDays', /expected number, received string/],
      [(p) => (p.version = 0), 'version', /expected number to be >=1/],
      [(p) => (p.rules[2].kind = 'eval'), 'rules.2.kind', /Expected 'event-window' \| .*'gap-cadence'/],
      [(p) => (p.tiers = 'HABC'), 'tiers', /expected array, received string/],
      [(p) => (p.rules[2].params.tier = 'Z'), 'rules.2.params.tier', /Z is not one of the profile's tiers \(H\/A\/B\/C\)/],
      [(p) => (p.recordsRuleId = '002-1-NOPE'), 'recordsRuleId', /002-1-NOPE is not a rule of the profile/],
      [(p) => (p.rules[3].id = p.rules[2].id), 'rules.3.id', /duplicate rule id 002-1-3-H-3d/],
      [(p) => (p.rules[14].params.windows[0].from = '25:00'), 'rules.14.params.windows.0.from', /HH:mm/],
      [(p) => (p.essentialColumns = ['contactAt', 'nonsense']), 'essentialColumns.1', /expected one of .*"customerId"/],
    ];
    for (const [mutate, path, what] of cases) {
      const p = richSource();
      mutate(p);
      const issues = enIssues(rejection(() => parseProfile(p)));
      expect(issues, path).toContain(`${path}:`);
      expect(issues, path).toMatch(what);
    }
  });

  it('a range that cannot mean anything (an event window from 1440 to 1, and every other inverted pair) is refused with its path', async () => {
    // The issue's case: 002-1's 24-hour callback window turned around gave 11 false "late" findings.
    const p = richSource() as any;
    const k = p.rules.findIndex((r: { id: string }) => r.id === '002-1-3-ALL-24h');
    p.rules[k].params.windows = [{ from: 1440, to: 1 }];
    expect(enIssues(rejection(() => parseProfile(p)))).toBe(`rules.${k}.params.windows.0.to: to (1) is less than from (1440): the window is inverted (every contact would be early or late); found 1`);
    // One row per pair: kind, inverted params, the path refused; the same params the right way round pass.
    const W = [{ from: '21:00', to: '21:00' }];
    const cases: [kind: string, bad: object, good: object, path: string][] = [
      ['event-channel', { anchor: 'receptionAt', unit: 'minutes', from: 1440, to: 1, allowed: ['phone'] }, { from: 1, to: 1440 }, 'params.to'],
      ['anniversary', { date: 'birthday', from: -10, to: -17 }, { from: -17, to: -10 }, 'params.to'],
      ['anniversary', { date: 'birthday', from: -17, to: -10, lateUntil: -12 }, { lateUntil: 0 }, 'params.lateUntil'],
      ['event-window', { anchor: 'purchaseAt', unit: 'months', windows: [{ from: 0, to: 1 }, { from: 3, to: 2 }] }, { windows: [{ from: 0, to: 1 }, { from: 2, to: 3 }] }, 'params.windows.1.to'],
      ['cutoff', { field: 'reportedAt', anchor: 'confirmedAt', at: [{ clock: '18:00' }], during: { field: 'eventAt', from: -1, to: -7 } }, { during: { field: 'eventAt', from: -7, to: -1 } }, 'params.during.to'],
      ['count-per-period', { mode: 'any-channel', period: 'month', min: 1, prorateBelowDays: 10, proratedMin: 2 }, { proratedMin: 1 }, 'params.min'],
      ['retry', { minAttempts: 2, minHalfDays: 3 }, { minAttempts: 3 }, 'params.minAttempts'],
      ['call-hours', { mode: 'quiet', windows: W, channels: ['phone'] }, { windows: [{ from: '21:00', to: '08:00' }] }, 'params.windows.0.to'],
      ['call-hours', { mode: 'allowed', windows: W }, { windows: [{ from: '10:00', to: '11:00' }] }, 'params.windows.0.to'],
      ['field-deadline', { from: 'inquiryAt', to: 'inquiryAt', unit: 'hours', within: 24 }, { to: 'responseAt' }, 'params.to'],
      ['field-deadline', { mode: 'ahead', from: 'bookedAt', to: 'bookedAt', atLeast: 5 }, { from: 'contactAt' }, 'params.to'],
    ];
    for (const [kind, bad, good, path] of cases) {
      const issues = enIssues(rejection(() => parseProfile(oneRuleProfile(kind, bad))));
      expect(issues, `${kind} ${path}`).toMatch(new RegExp(`^rules\\.0\\.${path.replace(/\./g, '\\.')}: `));
      expect(() => parseProfile(oneRuleProfile(kind, { ...bad, ...good })), `${kind} ${path}`).not.toThrow();
    }
    // A fine whose range is inverted.
    const fine = enIssues(rejection(() => parseProfile(oneRuleProfile('retry', { minAttempts: 3 }, { fine: { min: 100, max: 20 } }))));
    expect(fine).toBe('rules.0.fine.max: max (20) is less than min (100): the fine range is inverted; found 20');
  });

  it('__proto__, constructor and prototype keys are rejected anywhere, and nothing is polluted', async () => {
    const source = richSource();
    const paths = objectPaths(source);
    for (const path of paths) {
      for (const bad of ['__proto__', 'constructor', 'prototype']) {
        // Untrusted JSON: JSON.parse makes `__proto__` an own key (an object literal would not).
        const p = structuredClone(source);
        at(p, path).MARKER_KEY = { polluted: 'yes', toString: 'x', isAdmin: true };
        const json = JSON.parse(JSON.stringify(p).replace('"MARKER_KEY"', JSON.stringify(bad)));
        const e = rejection(() => parseProfile(json));
        expect(enIssues(e)).toBe(`${[...path, bad].join('.')}: key not allowed`);
      }
    }
    // Through evaluate too: the ledger is never read with such a profile (it was never loaded).
    const hostile = JSON.parse(JSON.stringify(richSource()).replace('"rules":[', '"__proto__":{"polluted":"yes"},"rules":['));
    await expect(evaluate(caseTable(header, [row('K1', 'H', '2025-03-08 15:00')]), hostile, { asOf: '2025-03-10' })).rejects.toMatchObject({ code: 'profile-not-parsed' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('oversized input is rejected quickly (< 2 s each) without a stack overflow', async () => {
    const rule3 = richSource().rules as Json[];
    let deep: Json = { fact: 'tier', operator: 'equal', value: 'H' };
    for (let i = 0; i < 1000; i++) deep = i % 3 === 0 ? { not: deep } : i % 3 === 1 ? { all: [deep] } : { any: [deep] };
    let deeper: Json = { fact: 'tier', operator: 'equal', value: 'H' };
    for (let i = 0; i < 100_000; i++) deeper = { not: deeper };
    const cases: [string, (p: any) => void, RegExp][] = [
      ['10,000 rules', (p) => (p.rules = Array.from({ length: 10_000 }, (_, k) => ({ ...(rule3[3] as object), id: `002-1-X-${k}` }))), /rules: Too big: expected array to have <=500 items/],
      ['a 10 MB title', (p) => (p.title.zh = '回'.repeat(10_000_000)), /title\.zh: Too big: expected string to have <=2000 characters/],
      ['a 10 MB rule id', (p) => (p.rules[0].id = '0'.repeat(10_000_000)), /rules\.0\.id: .*<=80 characters/],
      ['a 10 MB quote', (p) => (p.rules[0].citation.quote = '“'.repeat(10_000_000)), /rules\.0\.citation\.quote: Too big/],
      ['100,000 tiers', (p) => (p.tiers = Array.from({ length: 100_000 }, () => ({ code: 'H', label: { zh: 'H', en: 'H' } }))), /tiers: Too big: expected array to have <=20 items/],
      ['100,000 holidays', (p) => (p.calendarYears[0].holidays = Array.from({ length: 100_000 }, () => ({ date: '2030-01-01', name: 'x' }))), /calendarYears\.0\.holidays: Too big/],
      ['a condition nested 1,000 levels', (p) => (p.rules[3].when = deep), /^rules\.3\.when\./],
      ['a condition nested 100,000 levels', (p) => (p.rules[3].when = deeper), /^rules\.3\.when\./],
      ['100,000 conditions side by side', (p) => (p.rules[3].when = { all: Array.from({ length: 100_000 }, () => ({ fact: 'tier', operator: 'equal', value: 'H' })) }), /^rules\.3\.when/],
      ['a condition value of 1,000,000 items', (p) => (p.rules[3].when = { fact: 'tier', operator: 'in', value: Array.from({ length: 1_000_000 }, () => 'H') }), /^rules\.3\.when/],
    ];
    for (const [name, mutate, what] of cases) {
      const p = richSource();
      mutate(p);
      const t0 = performance.now();
      const e = rejection(() => parseProfile(p));
      const ms = performance.now() - t0;
      expect(ms, `${name}: ${ms.toFixed(0)} ms`).toBeLessThan(2000);
      expect(enIssues(e), name).toMatch(what);
      // The message stays readable whatever the input's size.
      expect(e.en.length, name).toBeLessThan(5000);
    }
    // evaluate refuses the same way (a LedgerlintError, not a RangeError from a blown stack).
    const p = richSource() as any;
    p.rules[3].when = deeper;
    await expect(evaluate(caseTable(header, [row('K1', 'H', '2025-03-08 15:00')]), p, { asOf: '2025-03-10' })).rejects.toBeInstanceOf(LedgerlintError);
  });

  it('conditions may only use the allowed facts and operators, with plain values', () => {
    const bad: [string, Json][] = [
      ['an operator outside the list', { fact: 'tier', operator: 'regex', value: 'H' }],
      ['a custom operator', { fact: 'tier', operator: 'startsWith', value: 'H' }],
      ['a fact outside the list', { fact: 'constructor', operator: 'equal', value: 'H' }],
      ['a fact json-rules-engine would compute', { fact: 'process', operator: 'equal', value: 'x' }],
      ['a value that refers to another fact', { fact: 'tier', operator: 'equal', value: { fact: 'stage' } }],
      ['a JSONPath into a fact', { fact: 'tier', operator: 'equal', value: 'H', path: '$.constructor' }],
      ['fact params', { fact: 'tier', operator: 'equal', value: 'H', params: { x: 1 } }],
      ['a shared-condition reference', { condition: 'elsewhere' }],
      ['an empty all', { all: [] }],
      ['all and any in one node', { all: [{ fact: 'tier', operator: 'equal', value: 'H' }], any: [{ fact: 'tier', operator: 'equal', value: 'A' }] }],
      ['a priority', { all: [{ fact: 'tier', operator: 'equal', value: 'H' }], priority: 1 }],
      ['a nested bad operator', { all: [{ not: { fact: 'stage', operator: 'matches', value: 'intent' } }] }],
    ];
    for (const [name, when] of bad) {
      const p = richSource() as any;
      p.rules[3].when = when;
      const issues = enIssues(rejection(() => parseProfile(p)));
      expect(issues, name).toMatch(/^rules\.3\.when/);
    }
    // The allowed ones pass.
    for (const operator of ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'contains', 'doesNotContain']) {
      for (const fact of ['tier', 'stage', 'shape']) {
        const p = richSource() as any;
        p.rules[3].when = { any: [{ fact, operator, value: operator.endsWith('In') || operator === 'in' ? ['H'] : 'H' }] };
        expect(() => parseProfile(p), `${fact} ${operator}`).not.toThrow();
      }
    }
  });

  // Error messages: a failed union names the closest branch's problem; long key lists are cut;
  // nesting past the limit is called too deep, at its path.
  it('a bad operator in a condition names the path, what was expected and what was found', () => {
    const p = richSource() as any;
    p.rules[3].when = { fact: 'tier', operator: 'regex', value: 'H' };
    const issues = enIssues(rejection(() => parseProfile(p)));
    expect(issues).toMatch(/rules\.3\.when\.operator: .*expected .*"equal".*regex/i);
  });
  it('a condition nested too deep is reported as too deep, naming where (and a flat one of the same size passes)', () => {
    let deep: Json = { fact: 'tier', operator: 'equal', value: 'H' };
    for (let i = 0; i < 1000; i++) deep = { not: deep };
    const p = richSource() as any;
    p.rules[3].when = deep;
    const e = rejection(() => parseProfile(p));
    const issues = enIssues(e);
    expect(issues).toMatch(/^rules\.3\.when\.not\.not\.not\.not\.not\.…\(41 levels\): nested too deep \(more than 40 levels/);
    expect(issues).not.toMatch(/key not allowed/);
    expect(e.zh).toContain('嵌套过深');
    // Just inside the limit is fine: the limit is on depth, not on what the condition says.
    let ok: Json = { fact: 'tier', operator: 'equal', value: 'H' };
    for (let i = 0; i < 30; i++) ok = { not: ok };
    const q = richSource() as any;
    q.rules[3].when = ok;
    expect(() => parseProfile(q)).not.toThrow();
    // Deep nesting elsewhere (not a condition) is named the same way.
    const r = richSource() as any;
    let list: Json = [];
    for (let i = 0; i < 100; i++) list = [list];
    r.tierSynonyms = { 重点: list };
    expect(enIssues(rejection(() => parseProfile(r)))).toMatch(/^tierSynonyms\.重点\.0\.0\.0\.0\.0\.0\.…\(41 levels\): nested too deep/);
  });
  it('the message for many unknown keys stays short', () => {
    const p = richSource() as any;
    for (let i = 0; i < 100_000; i++) p[`k${i}`] = 1;
    expect(rejection(() => parseProfile(p)).en.length).toBeLessThan(5000);
  });
  it('tierSynonyms has a size limit like every other list', () => {
    const p = richSource() as any;
    p.tierSynonyms = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 'H']));
    rejection(() => parseProfile(p));
  });

  it('a rule whose tier is not one of the profile\'s tiers is rejected, and so is a condition naming it', () => {
    const p = richSource() as any;
    p.tiers = p.tiers.filter((t: { code: string }) => t.code !== 'C');
    const n = p.rules.findIndex((r: { id: string }) => r.id === '002-1-3-C-2per2M');
    const issues = enIssues(rejection(() => parseProfile(p)));
    // The rich copy's H rule excludes C customers by condition: without C that names no tier either.
    expect(issues).toBe(`rules.2.when.all.1.not.value.0: C is not one of the profile's tiers (H/A/B); rules.${n}.params.tier: C is not one of the profile's tiers (H/A/B)`);
  });

  describe('a company variant: tiers O/H/A/B/C, H every 2 days, O every day', () => {
    const oRule: RuleInput = {
      id: '002-1-3-O-1d',
      kind: 'gap-cadence',
      title: { zh: 'O类客户每天回访', en: 'O-class: a callback every day' },
      short: { zh: 'O类1天', en: 'O every day' },
      modality: 'M',
      citation: { file: 'company-handbook', section: '第3条', quote: 'O类（订单）客户每天回访' },
      reading: { zh: '测试用规则。', en: 'A rule for this test.' },
      when: { fact: 'stage', operator: 'equal', value: 'intent' },
      params: { gap: 'fixed', tier: 'O', maxGapDays: 1 },
    };
    function variant(): ProfileInput {
      const v = structuredClone(PROFILE_SOURCES['002-1']);
      v.id = 'acme-002-1';
      v.tiers = [{ code: 'O', label: { zh: 'O类（已下订）', en: 'O (ordered)' } }, ...v.tiers];
      v.rules = v.rules.map((r) => (r.id === '002-1-3-H-3d' && r.kind === 'gap-cadence' ? { ...r, params: { ...r.params, maxGapDays: 2 } } : r));
      v.rules.push(oRule);
      // Through JSON, as a company's file arrives.
      return JSON.parse(JSON.stringify(v)) as ProfileInput;
    }
    const rows = [row('K1', 'O', '2025-03-08 15:00'), row('K2', 'H', '2025-03-07 15:00'), row('K3', 'o类', '2025-03-10 11:00')];

    it('is accepted, with its tiers and intervals', () => {
      const p = parseProfile(variant());
      expect(p.tiers.map((t) => t.code)).toEqual(['O', 'H', 'A', 'B', 'C']);
      expect(p.rules.find((r) => r.id === '002-1-3-H-3d')!.params).toMatchObject({ maxGapDays: 2 });
      expect(p.rules.find((r) => r.id === '002-1-3-O-1d')!.params).toMatchObject({ tier: 'O', maxGapDays: 1 });
    });

    it('is used: O customers are read and checked daily, H every 2 days', async () => {
      const report = await evaluate(caseTable(header, rows), parseProfile(variant()), { asOf: '2025-03-10' });
      expect(report.profile).toBe('acme-002-1');
      expect(report.findings.filter((f) => f.status === 'invalid')).toEqual([]);
      const cadence = report.findings.filter((f) => f.ruleId === '002-1-3-O-1d' || f.ruleId === '002-1-3-H-3d').map((f) => ({ ruleId: f.ruleId, customer: f.customer, status: f.status, dueAt: f.dueAt }));
      expect(cadence).toEqual([
        { ruleId: '002-1-3-O-1d', customer: 'K1', status: 'overdue', dueAt: '2025-03-09' },
        { ruleId: '002-1-3-H-3d', customer: 'K2', status: 'overdue', dueAt: '2025-03-09' },
        { ruleId: '002-1-3-O-1d', customer: 'K3', status: 'due-soon', dueAt: '2025-03-11' },
      ]);
    });

    it('the built-in profile reads the same ledger differently (O is no tier of it, H is due a day later)', async () => {
      const report = await evaluate(caseTable(header, rows), parseProfile(PROFILE_SOURCES['002-1']), { asOf: '2025-03-10' });
      expect(report.findings.filter((f) => f.status === 'invalid').map((f) => [f.row, f.data.code])).toEqual([
        [2, 'not-a-tier'],
        [4, 'not-a-tier'],
      ]);
      expect(report.findings.filter((f) => f.ruleId === '002-1-3-H-3d').map((f) => [f.customer, f.status, f.dueAt])).toEqual([['K2', 'due-soon', '2025-03-10']]);
    });
  });
});
