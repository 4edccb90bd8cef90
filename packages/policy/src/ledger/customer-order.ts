/**
 * Records in customer order: each customer's timeline in turn, then the records of no customer.
 * The ledger's columns are put in this order once, so that every rule reads them sequentially.
 */
import type { CellProblem } from './cell-problems';
import type { TimeColumn } from './column-readers';
import type { Field } from './fields';

/** perm[j] is the sheet-order index of the record at place j: `grouped` records, then those with customerOf -1. */
export function customerOrder(grouped: Int32Array, customerOf: Int32Array, size: number): Int32Array {
  const perm = new Int32Array(size);
  perm.set(grouped);
  let tail = grouped.length;
  for (let i = 0; i < size; i++) if (customerOf[i] < 0) perm[tail++] = i;
  return perm;
}

/** Put time and number columns in `perm`'s order in place, and renumber the problems' records. */
export function reorderColumns(perm: Int32Array, times: Partial<Record<Field, TimeColumn>>, numbers: Partial<Record<Field, Float64Array>>, problems: CellProblem[]): void {
  const inverse = invert(perm);
  for (const t of Object.values(times)) {
    t.minute = gatherF64(t.minute, perm);
    t.precision = gatherU8(t.precision, perm);
  }
  for (const f of Object.keys(numbers) as Field[]) numbers[f] = gatherF64(numbers[f]!, perm);
  for (const p of problems) p.record = inverse[p.record];
}

// Small top-level loops: V8 optimises these quickly, unlike loops inside one very large function;
// one per array type, so that each stays monomorphic.
export function gatherF64(a: Float64Array, perm: Int32Array): Float64Array {
  const out = new Float64Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[j] = a[perm[j]];
  return out;
}
export function gatherI32(a: Int32Array, perm: Int32Array): Int32Array {
  const out = new Int32Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[j] = a[perm[j]];
  return out;
}
export function gatherI8(a: Int8Array, perm: Int32Array): Int8Array {
  const out = new Int8Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[j] = a[perm[j]];
  return out;
}
export function gatherU8(a: Uint8Array, perm: Int32Array): Uint8Array {
  const out = new Uint8Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[j] = a[perm[j]];
  return out;
}
function invert(perm: Int32Array): Int32Array {
  const out = new Int32Array(perm.length);
  for (let j = 0; j < perm.length; j++) out[perm[j]] = j;
  return out;
}
export function identityOf(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = j;
  return out;
}
