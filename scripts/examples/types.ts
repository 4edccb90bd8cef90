/** The shape of one example ledger; scripts/make-examples.ts writes each as a clerk's workbook. */
export interface ExampleLedger {
  /** File name without extension under examples/ledgers/; starts with the profile id (`000-3-wealth`). */
  file: string;
  sheet: string;
  /** Lines above the header (a form's title and instructions), each merged across the table. */
  title?: string[];
  header: string[];
  /**
   * Columns written as real Excel cells, by index: `datetime` and `date` cells from
   * `YYYY-MM-DD[ HH:mm]` text (any other text stays text, as a clerk typed it), `clock` from `HH:mm`.
   */
  types?: Record<number, 'datetime' | 'date' | 'clock'>;
  widths?: number[];
  rows: (string | number | null)[][];
  /** Also write a GBK .csv, as Excel on zh-CN Windows saves it. */
  csv?: boolean;
}
