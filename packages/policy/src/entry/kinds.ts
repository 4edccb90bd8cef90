/**
 * `@ledgerlint/policy/kinds`: the rule kinds and the profile schemas, for tooling (docs generators,
 * editors): every kind by id, the kind of a loaded rule, a rule's facts and parameters, message tables.
 */
export { KINDS, KIND_LIST, kindOf } from '../kinds';
export { factsOf } from '../rule/common';
export { oursAt, paramAt } from '../rule/rule';
export { GENERIC_MESSAGES } from '../rule/messages';
export { CELL_PROBLEMS } from '../report/messages';
export { profileSchema, ruleSchema } from '../profile/schema';
export { PROFILE_ISSUES, renderProfileIssue } from '../profile/errors';
