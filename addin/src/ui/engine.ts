/**
 * The engine chunk, loaded on first use (a separate file next to taskpane.js, same origin, so the
 * page's `script-src 'self'` allows it): zod in jitless mode first (`../jitless` must stay the
 * first import: the CSP has no 'unsafe-eval'), then the Office.js adapter and the library.
 */
import '../jitless';
import { byPerformer, getProfile, isLedgerlintError, parseProfile, renderFinding, todoDueText, todoStateWords } from '@ledgerlint/policy';
import { columnLetter, FIELD_NAMES, FIELDS } from '@ledgerlint/policy/ledger';
import { annotateActiveSheet, checkActiveSheet, clearAnnotation, saveSheetSettings, selectRow } from '../office/adapter';
import { officeHost } from '../office/host';
import type { Engine } from './app';

export function createEngine(): Engine {
  const host = officeHost();
  return {
    check: (o) => checkActiveSheet(host, o),
    annotate: (o) => annotateActiveSheet(host, o),
    clear: (o) => clearAnnotation(host, o),
    selectRow: (sheet, row, lastColumn) => selectRow(host, sheet, row, lastColumn),
    saveSheetSettings: (sheet, settings) => saveSheetSettings(host, sheet, settings),
    getProfile,
    parseProfile,
    renderFinding,
    isLedgerlintError: isLedgerlintError as Engine['isLedgerlintError'],
    todoStateWords,
    todoDueText,
    byPerformer,
    FIELDS,
    FIELD_NAMES,
    columnLetter,
  };
}
