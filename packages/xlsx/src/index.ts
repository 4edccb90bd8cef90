/**
 * @ledgerlint/xlsx: read .xlsx workbooks and CSV/TSV ledgers (UTF-8, GBK, UTF-16) into the
 * `Table` shape of @ledgerlint/policy.
 */
export { looksLikeLedger, MAX_TEXT_BYTES, readLedger, readLedgerBytes, type LedgerFile, type PickOptions, type ReadLedgerOptions } from './read';
export {
  MAX_XLSX_UNCOMPRESSED_BYTES,
  readXlsxBytes,
  registerZhCnBuiltinFormats,
  serialFromExcelDate,
  type XlsxEngine,
  type XlsxReadOptions,
  type XlsxWorkbook,
} from './xlsx';
export {
  csvToTable,
  decodeCsvBytes,
  detectDelimiter,
  parseCsv,
  scanCsv,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvScan,
} from './csv';
export { READ_MESSAGES, readError, type ReadErrorCode } from './errors';
export { buildTable, MAX_TABLE_CELLS, type BuildOptions, type RowEntry } from './grid';
export { openWorkbook, workbookFromTable, worksheetTable, type OpenedWorkbook } from './open-workbook';
export { applyPlan } from './apply-plan';
export { clearAnnotation, type ClearResult } from './clear-annotation';
export { findLossyParts, type LossyPart } from './lossy';
export { checkWriteTarget, writeFileAtomic, writeWorkbookAtomic, type AtomicWriteOptions, type WriteTarget } from './atomic-write';
export { MAX_WORKBOOK_FILE_BYTES, readLedgerFile, readRegularFile, type FileIdentity, type ReadFile } from './read-file';
export { annotateStreaming, clearStreaming, type StreamAnnotateOptions, type StreamClearResult, type StreamResult, type StreamWarning } from './stream-annotate';
