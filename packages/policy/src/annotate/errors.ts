/** Messages of the errors that refuse to annotate a workbook (the check itself is not affected). */
import type { MessageTable } from '../errors';

export const ANNOTATE_ERRORS: MessageTable = {
  'annotate-cell-too-long': {
    zh: '不能标注：工作表「{sheet}」的 {cell} 单元格有 {length} 个字符，超过 Excel 单元格的上限 32,767 个，写出的文件 Excel 将无法打开。本工具从不改动您的单元格：请先在原表中缩短它（或分到几个单元格）再标注；检查不受影响。',
    en: 'Cannot annotate: cell {cell} of sheet "{sheet}" holds {length} characters, more than an Excel cell\'s limit of 32,767, so Excel could not open the file written. This tool never changes your cells: shorten it in the source (or split it over several cells), then annotate; checking works as it is.',
  },
};
