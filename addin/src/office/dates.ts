/**
 * Excel's date serials in the workbook's date system (1900, or 1904 from old Macs), and telling
 * which system a workbook uses from what Excel displays.
 */
import { isDateFormat, serialOf1970, serialToIso } from '@ledgerlint/policy/ledger';

export { isoToSerial } from '@ledgerlint/policy/ledger';

/** Rows at the top of the used range whose displayed text is read to tell the date system. */
export const DATE_PROBE_ROWS = 64;

/** Year, month and day of a date serial read in one system. */
export function serialDate(serial: number, date1904: boolean): [number, number, number] {
  const d = new Date((Math.floor(serial) - serialOf1970(date1904)) * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** A date format that shows the day or the year (not a time of day alone). */
function showsDate(format: unknown): boolean {
  return typeof format === 'string' && isDateFormat(format) && /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** Does a cell's displayed text show this date? By the full year when it shows one, else by month and day. */
function textShows(nums: number[], [y, m, d]: [number, number, number]): boolean {
  if (nums.some((n) => n >= 1000)) return nums.includes(y);
  if (!nums.includes(m) || !nums.includes(d)) return false;
  return nums.length < 3 || nums.includes(y % 100);
}

/**
 * The date system from what Excel displays: Excel formats a date cell's serial in the workbook's
 * own system, so the text of a 1904 workbook's cell shows the 1904 reading of its serial (four
 * years and a day later than the 1900 reading). `true`/`false` when the date cells agree on one
 * system, `null` when there is none to tell by or they disagree.
 */
export function detectDateSystem(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[], texts: readonly (readonly unknown[])[]): boolean | null {
  let v1900 = 0;
  let v1904 = 0;
  for (let i = 0; i < texts.length && v1900 + v1904 < 200; i++) {
    const vr = values[i];
    const fr = formats[i];
    const tr = texts[i];
    if (!vr || !fr || !tr) continue;
    for (let j = 0; j < tr.length; j++) {
      const v = vr[j];
      const t = tr[j];
      if (typeof v !== 'number' || v < 1 || v >= 2_958_466 || typeof t !== 'string' || !t || !showsDate(fr[j])) continue;
      const nums = (t.match(/\d+/g) ?? []).map(Number);
      const a = textShows(nums, serialDate(v, false));
      const b = textShows(nums, serialDate(v, true));
      if (a && !b) v1900++;
      else if (b && !a) v1904++;
    }
  }
  if (v1904 > 0 && v1900 === 0) return true;
  if (v1900 > 0 && v1904 === 0) return false;
  return null;
}

/**
 * The ISO date of a serial, in one system, or (date1904 null: the system could not be told) in
 * both: a cell holds one of our dates when either reading is one we wrote.
 * @example serialIsos(45945, false) // ['2025-10-15']
 */
export function serialIsos(serial: number, date1904: boolean | null): string[] {
  const systems = date1904 === null ? [false, true] : [date1904];
  return systems.map((system) => serialToIso(serial, system)).filter((iso): iso is string => iso !== null);
}
