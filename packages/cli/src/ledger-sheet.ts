/** Which sheet of a workbook is the ledger, as the command line decides it. */
import { isLedgerlintError, type Profile, type Table } from '@ledgerlint/policy';
import { mapColumns } from '@ledgerlint/policy/ledger';
import { readError } from '@ledgerlint/xlsx/read';

/** The errors that say a sheet is no ledger for a profile (rather than a ledger with a problem). */
const NOT_A_LEDGER = ['no-header', 'missing-column', 'override-not-found'];

/**
 * Does a sheet hold a ledger this profile can check (its header found with the profile's own
 * column names and the user's --column choices)? Picks the ledger sheet of a workbook whose first
 * sheets are a cover or notes. A header that is there but wrong in another way (two 回访时间
 * columns) counts, so that its own message is shown.
 */
export function ledgerFor(profile: Profile, columns: Record<string, string>): (table: Table) => boolean {
  return (table) => {
    try {
      mapColumns(table, profile, { columns: columns as never });
      return true;
    } catch (e) {
      return !(isLedgerlintError(e) && NOT_A_LEDGER.includes(e.code));
    }
  };
}

/**
 * Run a check of the chosen sheet; when it is no ledger and the user named no sheet although
 * several have data, say so with the list of sheets (`no-ledger-sheet`), the sheet's own problem
 * quoted.
 */
export async function onLedgerSheet<T>(run: () => Promise<T>, file: string, sheet: string | undefined, sheets: readonly string[]): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (sheet !== undefined || sheets.length < 2 || !isLedgerlintError(e) || !NOT_A_LEDGER.includes(e.code)) throw e;
    throw readError('no-ledger-sheet', { file, sheets: sheets.join(', '), reasonZh: e.zh, reasonEn: e.en });
  }
}
