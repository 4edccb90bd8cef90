/** The example ledger the add-in's tests annotate, with the profile and date they check it by. */
import { fileURLToPath } from 'node:url';
import { getProfile, type Table } from '@ledgerlint/policy';
import { readLedger } from '@ledgerlint/xlsx';

export const profile = getProfile('002-1');
export const AS_OF = '2025-10-15';
export const EXAMPLE = fileURLToPath(new URL('../../examples/ledgers/002-1-car-dealer.xlsx', import.meta.url));

/** The example ledger as the command line reads it (sheet 意向客户回访记录: title rows 1–2, header row 3, data rows 4–36, columns A–P). */
export async function exampleLedger(): Promise<Table> {
  return (await readLedger(EXAMPLE)).table;
}
