/**
 * `@ledgerlint/policy/ledger`: how a table becomes a ledger: the fields a profile reads, the column
 * map from headers, the cell readers (times, Excel serials, channels, outcomes, tiers) and column letters.
 */
export { columnLetter, columnNumber, tableWidth } from '../table';
export { FIELDS, FIELD_NAMES, normalizeHeader, type Field, type FieldSpec, type FieldType } from '../ledger/fields';
export { proposeColumnMap, findColumn, ColumnMapError, type ColumnMap, type ColumnMapOptions } from '../ledger/columns';
export { readTimeCell, parseTimeText, serialToTime, isoToSerial, serialToIso, serialOf1970, readChannel, readOutcome, readTier, isDateFormat, Precision, CHANNELS, type Channel, type TimeCell } from '../ledger/cells';
export { buildLedger, type Ledger } from '../ledger/ledger';
export { mapColumns } from '../engine/evaluate';
