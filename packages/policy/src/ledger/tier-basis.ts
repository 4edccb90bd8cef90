/**
 * Tiers from a number the ledger records (年销量 -> A/B/C/D), for ledgers that keep the number but
 * not the tier, and for checking a recorded tier against its number.
 */
import type { Field } from './fields';

export interface TierBasis {
  field: Field;
  /** From the highest `min` down; a value takes the first band it reaches. */
  bands: readonly { tier: string; min: number }[];
}

/**
 * Index into `tiers` of the band a value falls in; -1 for a blank (NaN) value or one below every band.
 * @example tierFromBasis(100, { field: 'annualVolume', bands: [{ tier: 'A', min: 100 }, { tier: 'B', min: 50 }] }, ['A', 'B']) // 0
 */
export function tierFromBasis(value: number, basis: TierBasis, tiers: readonly string[]): number {
  if (Number.isNaN(value)) return -1;
  for (const b of basis.bands) if (value >= b.min) return tiers.indexOf(b.tier);
  return -1;
}

/**
 * Give each record with no recorded tier (-1) the tier its basis number gives; the basis field when
 * the ledger has that number column, else undefined (and nothing is filled).
 */
export function fillTiersFromBasis(tier: Int8Array, numbers: Partial<Record<Field, Float64Array>>, size: number, basis: TierBasis | undefined, tiers: readonly string[]): Field | undefined {
  const values = basis ? numbers[basis.field] : undefined;
  if (!basis || !values) return undefined;
  for (let i = 0; i < size; i++) if (tier[i] === -1) tier[i] = tierFromBasis(values[i], basis, tiers);
  return basis.field;
}
