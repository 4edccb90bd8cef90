/**
 * Which rules apply to which customers and, for rules that judge part of a customer's time, which
 * part: the `when` conditions over the customers' facts (tier, shape, number columns, the
 * profile's declared facts).
 */
import { Engine } from 'json-rules-engine';
import type { Field } from '../ledger/fields';
import type { Ledger } from '../ledger/ledger';
import { kindOf } from '../kinds';
import { conditionLeaves, factsOf, NUMBER_FACTS, type Condition } from '../rule/common';
import type { Profile, Rule } from '../profile/schema';
import { switchState } from './derived-facts';

/** The constants a condition compares a fact with (empty when it never names the fact), or null when it does not name it. */
function factConstants(w: Condition, fact: string, out: number[] | null = null): number[] | null {
  for (const [leaf] of conditionLeaves(w)) {
    if (leaf.fact !== fact) continue;
    out ??= [];
    // A numeric string compares as its number in json-rules-engine; other values never equal a number.
    for (const v of Array.isArray(leaf.value) ? leaf.value : [leaf.value]) if (v !== null && v !== '' && typeof v !== 'boolean' && Number.isFinite(Number(v))) out.push(Number(v));
  }
  return out;
}

/**
 * A stand-in for a number that compares with every threshold as the number does: the threshold
 * itself, or a point strictly between its neighbours. Conditions only compare number facts with
 * constants, so customers whose values fall between the same two thresholds share one engine run
 * (a few runs for 100,000 dealers' annual volumes, not one per distinct volume).
 * @example bucketed(37, [10, 50]) // 30
 */
function bucketed(value: number | null, thresholds: readonly number[]): number | null {
  if (value === null) return null;
  let k = 0;
  while (k < thresholds.length && thresholds[k] < value) k++;
  if (k < thresholds.length && thresholds[k] === value) return value;
  if (thresholds.length === 0) return 0;
  if (k === 0) return thresholds[0] - 1;
  if (k === thresholds.length) return thresholds[k - 1] + 1;
  return (thresholds[k - 1] + thresholds[k]) / 2;
}

/** A customer's latest filled value of a number column, or null. */
function latestNumber(ledger: Ledger, field: Field, customer: number): number | null {
  const values = ledger.numbers[field]!;
  const { records, start } = ledger.customers;
  for (let j = start[customer + 1] - 1; j >= start[customer]; j--) if (!Number.isNaN(values[records[j]])) return values[records[j]];
  return null;
}

const NO_NUMBERS: (number | null)[] = [];

/** The part of each customer's time a rule judges: [from, until) in minute stamps (-Infinity, Infinity: all of it). */
export interface StageSpan {
  from: Float64Array;
  until: Float64Array;
}

export interface Applicability {
  mask(rule: Pick<Rule, 'when'>): Uint8Array;
  span(rule: Pick<Rule, 'when'>): StageSpan | undefined;
}

/**
 * Which rules apply to which customers: json-rules-engine once per distinct combination of
 * customer facts and values of the profile's declared facts. A switch fact changes at its moment,
 * as a tier changes at the record that states one: a rule naming one switch fact judges the time
 * before the switch or after it, where the rule's kind can judge part of a customer's time
 * (`stageSpans`); elsewhere the facts as of the check decide. (A rule naming two switch facts is
 * judged by the facts as of the check: its time would split twice.)
 */
export async function applicability(profile: Profile, rules: readonly Pick<Rule, 'when'>[], ledger: Ledger, asOfDay: number): Promise<Applicability> {
  const count = ledger.customers.count;
  const everyone = new Uint8Array(count).fill(1);
  const conditional = rules.filter((r) => r.when);
  if (conditional.length === 0) return { mask: () => everyone, span: () => undefined };
  const named = conditional.map((r) => factsOf(r.when!));
  // Declared facts some condition names, each with every customer's standing as of the check.
  const switches = Object.entries(profile.definitions?.facts ?? {})
    .filter(([name]) => named.some((facts) => facts.includes(name)))
    .map(([name, fact]) => ({ name, fact, state: switchState(ledger, fact, asOfDay) }));
  const { tierNow } = ledger.customers;
  const comboOf = new Int32Array(count);
  const combos: Record<string, string | number | null>[] = [];
  // Number facts enter the combination only when a condition names them, bucketed by the constants
  // the conditions compare them with (distinct raw values would multiply the runs).
  const numberFacts: { field: Field; thresholds: number[] }[] = [];
  for (const field of NUMBER_FACTS) {
    if (!ledger.numbers[field]) continue;
    const found = conditional.reduce<number[] | null>((acc, r) => factConstants(r.when!, field, acc), null);
    if (found) numberFacts.push({ field, thresholds: [...new Set(found)].sort((a, b) => a - b) });
  }
  const index = new Map<string | number, number>();
  for (let c = 0; c < count; c++) {
    const tier = tierNow[c] >= 0 ? profile.tiers[tierNow[c]].code : null;
    // Without number facts a combination is the tier: a small integer, no string per customer.
    const numbers = numberFacts.length ? numberFacts.map((f) => bucketed(latestNumber(ledger, f.field, c), f.thresholds)) : NO_NUMBERS;
    let key: string | number = tierNow[c] + 1;
    if (numbers.length) key = `${key}|${numbers.join('|')}`;
    let k = index.get(key);
    if (k === undefined) {
      k = combos.length;
      const combo: Record<string, string | number | null> = { tier, shape: ledger.shape };
      numberFacts.forEach((f, n) => (combo[f.field] = numbers[n]));
      combos.push(combo);
      index.set(key, k);
    }
    comboOf[c] = k;
  }
  const top = (w: Condition) => ('all' in w || 'any' in w || 'not' in w ? w : { all: [w] });
  const engine = new Engine(
    conditional.map((r, k) => ({ conditions: top(r.when!) as never, event: { type: String(k) } })),
    { allowUndefinedFacts: true },
  );
  // Each combination under every assignment of the switch facts (bit j set: fact j after its
  // switch): holds[rule][assignment * combos + combination].
  const assignments = 1 << switches.length;
  const holds = conditional.map(() => new Uint8Array(assignments * combos.length));
  for (let a = 0; a < assignments; a++) {
    const values = Object.fromEntries(switches.map((s, j) => [s.name, a & (1 << j) ? s.fact.after : s.fact.before]));
    for (let k = 0; k < combos.length; k++) {
      const { events } = await engine.run({ ...combos[k], ...values });
      for (const e of events) holds[Number(e.type)][a * combos.length + k] = 1;
    }
  }
  // Each customer's assignment as of the check.
  const now = new Int32Array(count);
  switches.forEach((s, j) => {
    for (let c = 0; c < count; c++) if (s.state.afterNow[c] === 1) now[c] |= 1 << j;
  });
  // Expand to one flag (and, for rules judging part of the time, one span) per customer, once per rule.
  const masks = new Map<Pick<Rule, 'when'>, Uint8Array>();
  const spans = new Map<Pick<Rule, 'when'>, StageSpan>();
  conditional.forEach((rule, k) => {
    const mask = new Uint8Array(count);
    const own = holds[k];
    const at = (a: number, c: number) => own[a * combos.length + comboOf[c]] === 1;
    const spanning = switches.flatMap((s, j) => (named[k].includes(s.name) ? [j] : []));
    const j = spanning.length === 1 && 'kind' in rule && kindOf(rule as Rule).stageSpansOf(rule as Rule) ? spanning[0] : -1;
    if (j < 0) {
      for (let c = 0; c < count; c++) mask[c] = at(now[c], c) ? 1 : 0;
      masks.set(rule, mask);
      return;
    }
    const { at: moment, beforeEver, afterNow } = switches[j].state;
    const span: StageSpan = { from: new Float64Array(count).fill(-Infinity), until: new Float64Array(count).fill(Infinity) };
    for (let c = 0; c < count; c++) {
      const asBefore = at(now[c] & ~(1 << j), c) && beforeEver[c] === 1;
      const asAfter = at(now[c] | (1 << j), c) && afterNow[c] === 1;
      mask[c] = asBefore || asAfter ? 1 : 0;
      if (afterNow[c] === 1 && asBefore !== asAfter) {
        if (asBefore) span.until[c] = moment[c];
        else span.from[c] = moment[c];
      }
    }
    masks.set(rule, mask);
    spans.set(rule, span);
  });
  return { mask: (rule) => masks.get(rule) ?? everyone, span: (rule) => spans.get(rule) };
}
