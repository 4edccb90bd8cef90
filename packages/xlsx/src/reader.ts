/**
 * @ledgerlint/xlsx/read: the reading half of the package alone. Reading a CSV never loads exceljs;
 * reading an .xlsx loads it then. For tools that only check ledgers (the CLI's `check`).
 * @example const { table } = await readLedger('客户回访记录表.csv');
 */
export { looksLikeLedger, MAX_TEXT_BYTES, readLedger, readLedgerBytes, type LedgerFile, type PickOptions, type ReadLedgerOptions } from './read';
export { READ_MESSAGES, readError, type ReadErrorCode } from './errors';
export { MAX_WORKBOOK_FILE_BYTES, readLedgerFile, readRegularFile, type FileIdentity, type ReadFile } from './read-file';
