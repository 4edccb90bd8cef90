/** Messages of the errors that refuse to annotate a workbook (the check itself is not affected). */
import type { MessageTable } from '../errors';
import type { USAGE_ERRORS } from '../errors/usage';
import type { CALENDAR_ERRORS } from '../calendar/errors';
import type { ENGINE_ERRORS } from '../engine/errors';
import type { PROFILE_ERRORS } from '../profile/errors';
import type { TIME_ERRORS } from '../time/errors';

export const ANNOTATE_ERRORS = {
  'annotate-cell-too-long': {
    zh: '不能标注：工作表「{sheet}」的 {cell} 单元格有 {length} 个字符，超过 Excel 单元格的上限 32,767 个，写出的文件 Excel 将无法打开。本工具从不改动您的单元格：请先在原表中缩短它（或分到几个单元格）再标注；检查不受影响。',
    en: 'Cannot annotate: cell {cell} of sheet "{sheet}" holds {length} characters, more than an Excel cell\'s limit of 32,767, so Excel could not open the file written. This tool never changes your cells: shorten it in the source (or split it over several cells), then annotate; checking works as it is.',
  },
} as const satisfies MessageTable;

/**
 * Every error code the policy library raises (its message tables'); `LedgerlintError<ErrorCode>` is
 * one of its errors. Here, at the top layer, because the tables live in the layers they belong to.
 * @example if (isLedgerlintError(e) && e.code === 'bad-profile') showIssues(e.issues)
 */
export type ErrorCode =
  | keyof typeof USAGE_ERRORS
  | keyof typeof TIME_ERRORS
  | keyof typeof CALENDAR_ERRORS
  | keyof typeof PROFILE_ERRORS
  | keyof typeof ENGINE_ERRORS
  | keyof typeof ANNOTATE_ERRORS;
