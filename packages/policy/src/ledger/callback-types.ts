/** The callback-type column (回访类型) read against the types the profile's regulation names. */
import { cellText, nearestWord, normalizeLabel } from './cells';
import { MAX_SUGGESTED, problem, type CellProblem } from './cell-problems';

/**
 * The callback-type column as a controlled column, where the profile lists the types its
 * regulation names: a cell is known when it contains a type or the type's own word (新签约 for
 * 新签约回访, 重要业务 for 重要业务确认); any other word is reported (with the nearest type when
 * one is close) and flagged, so that rules asking for a type say they cannot tell for that row.
 */
export function readCallbackTypes(size: number, raw: unknown[] | undefined, types: readonly string[] | undefined, problems: CellProblem[]): Uint8Array | undefined {
  if (!raw || !types?.length) return undefined;
  const stems = types.map((t) => normalizeLabel(t)).map((t) => (t.length > 3 && /(回访|确认)$/.test(t) ? t.slice(0, -2) : t));
  const vocabulary = new Map(types.map((t) => [t, t]));
  const expected = types.join('、');
  const unknown = new Uint8Array(size);
  const decided = new Map<string, string | null>();
  for (let i = 0; i < size; i++) {
    const t = cellText(raw[i]);
    if (t === null) continue;
    let verdict = decided.get(t);
    if (verdict === undefined) {
      const k = normalizeLabel(t);
      // null: known; a string: unknown, with its suggestion ('' for none).
      verdict = stems.some((s) => k.includes(s)) ? null : decided.size < MAX_SUGGESTED ? (nearestWord(t, vocabulary) ?? '') : '';
      decided.set(t, verdict);
    }
    if (verdict === null) continue;
    unknown[i] = 1;
    problems.push(problem(i, 'callbackType', 'not-a-callback-type', expected, verdict || undefined));
  }
  return unknown;
}
