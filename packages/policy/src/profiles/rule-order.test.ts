// A profile's order and its rules folder cannot drift apart: every rule placed once, under the
// name of its own file. (The type of inOrder refuses the first two already; this is for JSON-minded
// callers and tsx runs that skip the type check.)
import { describe, expect, it } from 'vitest';
import type { RuleInput } from '../profile/schema';
import { inOrder } from './rule-order';

const rule = (id: string) => ({ id }) as RuleInput;
const RULES = { '999-1-A': rule('999-1-A'), '999-1-B': rule('999-1-B') };

describe('inOrder', () => {
  it('gives the rules in the order of their IDs', () => {
    expect(inOrder(RULES, ['999-1-B', '999-1-A']).map((r) => r.id)).toEqual(['999-1-B', '999-1-A']);
  });
  it.each([
    ['a rule left out', RULES, ['999-1-A'], /999-1-B is not placed in the order/],
    ['a rule placed twice', RULES, ['999-1-A', '999-1-B', '999-1-A'], /999-1-A is placed twice/],
    ['an ID without a file', RULES, ['999-1-A', '999-1-B', '999-1-C'], /999-1-C has no file rules\/999-1-C\.ts/],
    ['a file named for another rule', { '999-1-A': rule('999-1-X') }, ['999-1-A'], /rules\/999-1-A\.ts holds 999-1-X/],
  ])('refuses %s', (_name, rules, order, message) => {
    expect(() => inOrder(rules as Record<string, RuleInput>, order as never)).toThrow(message);
  });
});
