/** Text columns, read on first use, column by column: most rules need few text columns. */
import type { Table } from '../table';
import { cellText } from './cells';
import type { ColumnMap } from './columns';
import type { Field } from './fields';

export interface LazyText {
  text: Partial<Record<Field, (string | null)[]>>;
  textLength: Partial<Record<Field, Int32Array>>;
}

/** Getters that read each raw text column (sheet order) into `perm`'s order on first use. */
export function lazyText(rawText: Partial<Record<Field, unknown[]>>, perm: Int32Array): LazyText {
  const size = perm.length;
  const text: LazyText['text'] = {};
  const lengths: LazyText['textLength'] = {};
  for (const field of Object.keys(rawText) as Field[]) {
    const raw = rawText[field]!;
    let out: (string | null)[] | undefined;
    const read = () => {
      // Place in customer order, noting each text's length (-1 when blank) so that length checks
      // need not touch the text again.
      out = new Array(size);
      const len = new Int32Array(size);
      for (let j = 0; j < size; j++) {
        const v = cellText(raw[perm[j]]);
        out[j] = v;
        len[j] = v === null ? -1 : v.length;
      }
      Object.defineProperty(lengths, field, { value: len, enumerable: true });
      return out;
    };
    Object.defineProperty(text, field, { enumerable: true, get: () => out ?? read() });
    Object.defineProperty(lengths, field, { enumerable: true, configurable: true, get: () => (read(), lengths[field]) });
  }
  return { text, textLength: lengths };
}

/**
 * One text cell of record j (in `perm`'s order), read straight from the table for any mapped
 * column, text or not (for rules that stop at the first filled cell).
 */
export function textAtReader(
  rows: Table['rows'],
  fields: ColumnMap['fields'],
  rawText: Partial<Record<Field, unknown[]>>,
  perm: Int32Array,
  dataRows: Int32Array,
): (field: Field, record: number) => string | null {
  return (field, record) => {
    const raw = rawText[field];
    if (raw) return cellText(raw[perm[record]]);
    const col = fields[field];
    return col === undefined ? null : cellText(rows[dataRows[record]][col]);
  };
}
