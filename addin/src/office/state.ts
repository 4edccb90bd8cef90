/**
 * The add-in's memory inside the workbook: versioned JSON checked by zod. It holds the column
 * mapping the clerk confirmed for each sheet, and what the last Annotate added (so that a rerun
 * replaces it and Clear removes exactly that). Kept in `workbook.settings` (ExcelApi 1.4) or, on
 * older Excel, in the document's common settings; one key either way.
 */
import { z } from 'zod';

export const SETTINGS_KEY = 'ledgerlint';
export const STATE_VERSION = 1;

const column = z.number().int().min(1).max(16384);
const row = z.number().int().min(1).max(1048576);
const shortText = z.string().max(255);

export const annotationSchema = z
  .object({
    sheetId: z.string().max(128),
    sheetName: z.string().min(1).max(31),
    statusColumn: column,
    nextDueColumn: column,
    headerRow: row,
    lastDataRow: row,
    headers: z.object({ status: shortText, nextDue: shortText }).strict(),
    /** Our conditional formats: the range each covers and its formula (as we wrote it). */
    highlights: z.array(z.object({ ref: z.string().max(10_000), formula: z.string().max(2_000) }).strict()).max(10_000),
    summarySheet: z.string().min(1).max(31),
    /** Column widths (points) of our two columns before we set them. */
    previousWidths: z.object({ status: z.number().min(0).max(5000), nextDue: z.number().min(0).max(5000) }).strict(),
    notes: z.boolean(),
    profile: shortText,
    asOf: shortText,
  })
  .strict()
  .refine((a) => a.lastDataRow >= a.headerRow && a.statusColumn !== a.nextDueColumn, { message: 'rows or columns inconsistent' });

export type AnnotationRecord = z.infer<typeof annotationSchema>;

export const sheetSettingsSchema = z
  .object({
    name: z.string().max(31),
    profile: shortText.optional(),
    /** Field -> header text the clerk chose (what `evaluate`'s `columns` option takes). */
    columns: z.record(z.string().max(64), shortText),
  })
  .strict();

export type SheetSettings = z.infer<typeof sheetSettingsSchema>;

export const stateSchema = z
  .object({
    tool: z.literal('ledgerlint'),
    version: z.literal(STATE_VERSION),
    sheets: z.record(z.string().max(128), sheetSettingsSchema),
    annotation: annotationSchema.nullable(),
  })
  .strict();

export type AddinState = z.infer<typeof stateSchema>;

export const emptyState = (): AddinState => ({ tool: 'ledgerlint', version: STATE_VERSION, sheets: {}, annotation: null });

/** Parse stored state; undefined when nothing is stored, a reason string when it is not ours. */
export function parseState(raw: unknown): AddinState | undefined | { invalid: string } {
  if (raw === null || raw === undefined || raw === '') return undefined;
  let data: unknown = raw;
  if (typeof raw === 'string') {
    if (raw.length > 1_000_000) return { invalid: 'too long' };
    try {
      data = JSON.parse(raw);
    } catch {
      return { invalid: 'not JSON' };
    }
  }
  const result = stateSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { invalid: `${issue.path.join('.') || '(root)'}: ${issue.message}`.slice(0, 200) };
  }
  return result.data;
}
