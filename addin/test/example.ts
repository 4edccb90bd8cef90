/** The example ledger the add-in's tests annotate, with the profile and date they check it by; and the same ledger with merged cells. */
import { fileURLToPath } from 'node:url';
import { getProfile, type CellValue, type Table } from '@ledgerlint/policy';
import { readLedger } from '@ledgerlint/xlsx';

export const profile = getProfile('002-1');
export const AS_OF = '2025-10-15';
export const EXAMPLE = fileURLToPath(new URL('../../examples/ledgers/002-1-car-dealer.xlsx', import.meta.url));

/** The example ledger as the command line reads it (sheet 意向客户回访记录: title rows 1–2, header row 3, data rows 4–36, columns A–P). */
export async function exampleLedger(): Promise<Table> {
  return (await readLedger(EXAMPLE)).table;
}

const GROUPS: [string, number, number][] = [
  ['客户信息', 1, 6],
  ['回访记录', 7, 13],
  ['成交与服务', 14, 16],
];

/**
 * The example ledger laid out as clerks do: title and note merged across A1:P1 and A2:P2, a group
 * header in row 3 merged over its columns, the column headers in row 4, and from row 5 on each
 * customer's number, name, phone, model, tier, reception time and sales adviser merged down over
 * that customer's rows (only the top-left cell keeps the value, as in Excel).
 */
export function mergedLayout(ledger: Table): { table: Table; merges: string[] } {
  const width = 16;
  const pad = (row: CellValue[]) => Array.from({ length: width }, (_, c) => row[c] ?? null);
  const [title, note, header, ...data] = ledger.rows;
  const fmts = ledger.formats ?? [];
  const rows: CellValue[][] = [pad(title), pad(note), pad([]), pad(header)];
  const formats: (string | null)[][] = [[], [], [], []];
  for (const [name, from] of GROUPS) rows[2][from - 1] = name;
  const merges = ['A1:P1', 'A2:P2', ...GROUPS.map(([, a, b]) => `${letter(a)}3:${letter(b)}3`)];
  const top = 5;
  let start = 0;
  data.forEach((row, i) => {
    rows.push(pad(row));
    formats.push(fmts[3 + i]?.map((f) => f ?? null) ?? []);
    const end = i === data.length - 1 || data[i + 1][0] !== row[0];
    if (!end) return;
    // Columns that are the customer's own (equal on every row of the block) are merged down.
    if (i > start) {
      for (let c = 0; c < width; c++) {
        if (!data.slice(start, i + 1).every((r) => r[c] === data[start][c] && r[c] !== null)) continue;
        merges.push(`${letter(c + 1)}${top + start}:${letter(c + 1)}${top + i}`);
        for (let k = start + 1; k <= i; k++) rows[4 + k][c] = null;
      }
    }
    start = i + 1;
  });
  return { table: { sheet: ledger.sheet, rows, formats }, merges };
}

const letter = (n: number) => String.fromCharCode(64 + n);
