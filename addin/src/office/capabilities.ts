/**
 * What this Excel can do, checked at run time, and how the add-in degrades without it.
 *
 * | feature | requirement set | without it |
 * |---|---|---|
 * | read and write ranges, widths, protection flag | ExcelApi 1.2 (manifest minimum) | the add-in does not load |
 * | the record of what was added, in a very hidden sheet (`visibility`), found in the sheet list | ExcelApi 1.1 | (always there) |
 * | column mappings in `workbook.settings`, null-object used range | ExcelApi 1.4 | the document's common settings; used ranges with formats (never a null object) |
 * | conditional formats (rows turn red with TODAY()); read back whole-sheet, with `getRangeOrNullObject` | ExcelApi 1.6 | static fills on our own two cells only; the clerk's cells are never filled |
 * | merged cells read (`getMergedAreasOrNullObject`): a customer merged down over its rows counts for each | ExcelApi 1.13 | the merged layout is recognised from the values and refused, with a message (merges.ts) |
 * | notes on the status cells | ExcelApi 1.18 | the note's text goes into the status cell after the status |
 * | one undo step for Annotate | ExcelApi 1.20 | one undo step per write batch |
 */
import type { ExcelHost } from './excel-slice';

export interface Capabilities {
  /** ExcelApi 1.2: the minimum the manifest asks for. */
  minimum: boolean;
  workbookSettings: boolean;
  nullObjects: boolean;
  conditionalFormats: boolean;
  /** ExcelApi 1.13: `Range.getMergedAreasOrNullObject`. */
  mergedAreas: boolean;
  notes: boolean;
  undoGroup: boolean;
  /** The highest ExcelApi 1.x set reported, as "1.x" ("" when none). */
  highest: string;
}

export const MINIMUM_EXCEL_API = '1.2';

export function capabilities(host: ExcelHost): Capabilities {
  const has = (v: string) => {
    try {
      return host.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  let highest = '';
  for (let minor = 1; minor <= 30; minor++) {
    if (has(`1.${minor}`)) highest = `1.${minor}`;
    else break;
  }
  return {
    minimum: has(MINIMUM_EXCEL_API),
    workbookSettings: has('1.4'),
    nullObjects: has('1.4'),
    conditionalFormats: has('1.6'),
    mergedAreas: has('1.13'),
    notes: has('1.18'),
    undoGroup: has('1.20'),
    highest,
  };
}
