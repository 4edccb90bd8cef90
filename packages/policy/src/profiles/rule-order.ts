/**
 * A built-in profile's rules, in the order its profile.ts lists their catalog IDs. The rules
 * themselves come from the folder (rules/<ID>.ts, gathered by the generated rules/index.ts), so
 * each rule is written once, under its ID, and placed once.
 */
import type { RuleInput } from '../profile/schema';

/** The IDs of a folder that an order leaves out: `never` when it places them all. */
type Unplaced<R, Ids extends readonly unknown[]> = Exclude<keyof R, Ids[number]>;

/**
 * The rules of a folder in the given order (the order of their findings in a report). A typo in
 * the order, or a rule of the folder it leaves out, is a type error; at run time, too, a rule must
 * be placed exactly once and its file must be named by its `id`.
 * @example rules: inOrder(RULES, ['002-1-6-SUCCESS', '002-1-3-ALL-24h', ...])
 */
export function inOrder<R extends Record<string, RuleInput>, const Ids extends readonly (keyof R & string)[]>(
  rules: R,
  order: Ids & ([Unplaced<R, Ids>] extends [never] ? unknown : { 'rules of the folder not placed in the order': Unplaced<R, Ids> }),
): RuleInput[] {
  const problems = [
    ...Object.keys(rules).filter((id) => !order.includes(id)).map((id) => `${id} is not placed in the order`),
    ...order.filter((id, i) => order.indexOf(id) !== i).map((id) => `${id} is placed twice`),
    ...order.filter((id) => !Object.hasOwn(rules, id)).map((id) => `${id} has no file rules/${id}.ts (pnpm docs:rules writes the index)`),
    ...Object.entries(rules).filter(([file, rule]) => rule.id !== file).map(([file, rule]) => `rules/${file}.ts holds ${rule.id}: name the file by the rule's id`),
  ];
  if (problems.length) throw new Error(`a profile's order and its rules folder disagree: ${problems.join('; ')}`);
  return order.map((id) => rules[id]!);
}
