/**
 * `@ledgerlint/policy/testing`: table tests for rules and kinds (vitest suites: install vitest to use
 * them) and a sample call-centre roster.
 */
export * from '../testing/rule-tester';
export * from '../testing/kind-check';
export * from '../testing/call-centre-roster';
