import { describe, expect, it } from 'vitest';
import { ANNOTATION_COLORS, fitCellText, type CellColors } from './cell';
import { CELL_TEXT_LIMIT } from '../table';

describe('fitCellText', () => {
  it('keeps a text that fits, up to exactly the limit', () => {
    expect(fitCellText('')).toBe('');
    expect(fitCellText('逾期3天：H级客户3日内回访')).toBe('逾期3天：H级客户3日内回访');
    const full = 'x'.repeat(CELL_TEXT_LIMIT);
    expect(fitCellText(full)).toBe(full);
  });

  it('cuts a longer text to the limit, the ellipsis included', () => {
    for (const n of [CELL_TEXT_LIMIT + 1, 40_000]) {
      const out = fitCellText('回'.repeat(n));
      expect(out.length).toBe(CELL_TEXT_LIMIT);
      expect(out.endsWith('回…')).toBe(true);
    }
  });

  it('never cuts a character of two UTF-16 units in half', () => {
    // 𠀀 (U+20000) is two code units; at an odd offset the cut would fall between them.
    const out = fitCellText(`x${'𠀀'.repeat(CELL_TEXT_LIMIT)}`);
    expect(out.length).toBe(CELL_TEXT_LIMIT - 1);
    expect(out.endsWith('𠀀…')).toBe(true);
    expect(fitCellText('𠀀'.repeat(CELL_TEXT_LIMIT)).endsWith('𠀀…')).toBe(true);
  });
});

describe('ANNOTATION_COLORS', () => {
  it('are six-digit hex RGB for every style of the plan', () => {
    for (const c of Object.values<CellColors>(ANNOTATION_COLORS)) {
      expect(c.fill).toMatch(/^[0-9A-F]{6}$/);
      if (c.font !== undefined) expect(c.font).toMatch(/^[0-9A-F]{6}$/);
    }
    expect(Object.keys(ANNOTATION_COLORS).sort()).toEqual(['bad', 'due-soon', 'header', 'invalid', 'quiet']);
  });
});
