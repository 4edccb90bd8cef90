/** Cells the reader could not use, each to become an `invalid` finding. */
import type { Field } from './fields';

/** A cell the reader could not use: becomes an `invalid` finding. */
export interface CellProblem {
  record: number;
  field: Field;
  code: string;
  /** What was expected, for the message (`H/A/B/C`, `日期` ...). */
  expected?: string;
  /** The known word the cell most likely meant (电活: 电话), when one is close and clear. */
  suggestion?: string;
}

/** Distinct unknown words a column gets suggestions for: past this many it is free text, not typos. */
export const MAX_SUGGESTED = 1000;

/** A cell problem, with what was expected and the nearest known word when there are. */
export function problem(record: number, field: Field, code: string, expected: string | undefined, suggestion: string | undefined): CellProblem {
  const p: CellProblem = { record, field, code };
  if (expected !== undefined) p.expected = expected;
  if (suggestion !== undefined) p.suggestion = suggestion;
  return p;
}
