// The published JSON Schema as a JSON-Schema tool sees it (ajv, draft 2020-12, as an editor would
// check a company's profile): every built-in profile is valid, and one typo gives one or two errors
// at its own path, not one per rule kind. ajv also reports, for each if/then it went through, that
// the `then` failed (keyword `if`, at the enclosing object): those summaries are counted apart and
// must lie on the way to the error (an editor shows the error itself).
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { PROFILE_SOURCES } from '../profiles/sources';
import { oneRuleProfile } from '../testing/kind-check';
import { discriminateUnions } from './json-schema';
import { parseProfile, profileJsonSchema } from './load';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(profileJsonSchema() as object);

/** The errors of a profile: those at the value at fault, and ajv's if/then summaries, as [path, keyword]. */
function errorsOf(profile: unknown): { own: [string, string][]; summaries: string[] } {
  if (validate(profile)) return { own: [], summaries: [] };
  const errors = validate.errors ?? [];
  return {
    own: errors.filter((e) => e.keyword !== 'if').map((e) => [e.instancePath, e.keyword]),
    summaries: errors.filter((e) => e.keyword === 'if').map((e) => e.instancePath),
  };
}

/** 002-1 (the car dealer) with one change; its rules[2] is a gap-cadence rule. */
function broken(change: (p: any) => void): unknown {
  const p = structuredClone(PROFILE_SOURCES['002-1']) as any;
  change(p);
  return p;
}

describe('the JSON Schema of profiles', () => {
  it.each(Object.keys(PROFILE_SOURCES))('built-in profile %s is valid under it', (id) => {
    expect(errorsOf(PROFILE_SOURCES[id as keyof typeof PROFILE_SOURCES]).own).toEqual([]);
  });

  it('accepts a company\'s own rule ID, a mode left to its default and nested conditions', () => {
    const p = oneRuleProfile('field-deadline', { from: 'receptionAt', to: 'responseAt', unit: 'hours', within: 24 }, { id: 'HX-VIP-24h', when: { all: [{ not: { fact: 'unitsPurchased', operator: 'greaterThan', value: 3 } }, { any: [{ fact: 'tier', operator: 'in', value: ['A'] }] }] } }, { tiers: [{ code: 'A', label: { zh: 'A', en: 'A' } }] });
    expect(() => parseProfile(p)).not.toThrow();
    expect(errorsOf(p)).toEqual({ own: [], summaries: [] });
  });

  it.each<[string, (p: any) => void, [string, string][]]>([
    ['a bad maxGapDays in a gap-cadence rule', (p) => (p.rules[2].params.maxGapDays = 'three'), [['/rules/2/params/maxGapDays', 'type']]],
    ['a maxGapDays below its minimum', (p) => (p.rules[2].params.maxGapDays = 0), [['/rules/2/params/maxGapDays', 'minimum']]],
    ['an unknown kind', (p) => (p.rules[2].kind = 'gap-cadance'), [['/rules/2/kind', 'enum']]],
    ['a misspelt param key', (p) => {
      p.rules[2].params.maxGapDay = p.rules[2].params.maxGapDays;
      delete p.rules[2].params.maxGapDays;
    }, [['/rules/2/params', 'required'], ['/rules/2/params', 'additionalProperties']]],
    ['a tier code of the wrong type', (p) => (p.tiers[0].code = 5), [['/tiers/0/code', 'type']]],
    ['a rule that is no object', (p) => (p.rules[2] = 'gap-cadence'), [['/rules/2', 'type']]],
    ['a rule ID with a space', (p) => (p.rules[2].id = 'HX VIP'), [['/rules/2/id', 'pattern']]],
    ['an unknown operator in a condition', (p) => (p.rules[2].when = { fact: 'tier', operator: 'equals', value: 'H' }), [['/rules/2/when/operator', 'enum']]],
    ['a nested condition with an unknown operator', (p) => (p.rules[2].when = { all: [{ not: { fact: 'tier', operator: 'equals', value: 'H' } }] }), [['/rules/2/when/all/0/not/operator', 'enum']]],
    ['a fine amount that is text', (p) => (p.rules[2].fine = { amount: '20' }), [['/rules/2/fine/amount', 'type']]],
    ['an unknown key in a record filter', (p) => (p.rules[2].records = { callbackType: ['x'] }), [['/rules/2/records', 'additionalProperties']]],
    ['a bad unit in a field-deadline rule', (p) => (p.rules[2] = { ...p.rules[2], kind: 'field-deadline', params: { from: 'receptionAt', to: 'responseAt', unit: 'hour', within: 24 } }), [['/rules/2/params/unit', 'enum']]],
  ])('%s: one or two errors, at the value at fault', (_, change, expected) => {
    const { own, summaries } = errorsOf(broken(change));
    expect(own).toEqual(expected);
    const at = expected[0][0];
    for (const path of summaries) expect(at === path || at.startsWith(`${path}/`), path).toBe(true);
  });

  it('rewrites a union told apart by a constant as if/then on it, and keeps references to $defs', () => {
    const schema = {
      $defs: { a: { type: 'object', properties: { kind: { const: 'a' }, x: { type: 'number' } }, required: ['kind'] } },
      oneOf: [{ $ref: '#/$defs/a' }, { type: 'object', properties: { kind: { type: 'string', const: 'b' } }, required: ['kind'] }],
    };
    expect(discriminateUnions(schema)).toEqual({
      $defs: schema.$defs,
      type: 'object',
      required: ['kind'],
      properties: { kind: { enum: ['a', 'b'] } },
      allOf: [
        { if: { type: 'object', properties: { kind: { const: 'a' } }, required: ['kind'] }, then: { $ref: '#/$defs/a' } },
        { if: { type: 'object', properties: { kind: { const: 'b' } }, required: ['kind'] }, then: { type: 'object', properties: { kind: { type: 'string', const: 'b' } }, required: ['kind'] } },
      ],
    });
  });
});
