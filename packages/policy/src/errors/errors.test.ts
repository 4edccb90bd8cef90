import { describe, expect, it } from 'vitest';
import { LedgerlintError, renderTemplate } from './index';

describe('renderTemplate', () => {
  it('fills placeholders, repeated ones too, and leaves the rest of the text as written', () => {
    expect(renderTemplate('第 {row} 行「{column}」：{row}', { row: 5, column: '回访时间' })).toBe('第 5 行「回访时间」：5');
    expect(renderTemplate('{a}{b}', { a: 1, b: 'x' })).toBe('1x');
    expect(renderTemplate('no placeholders', { a: 1 })).toBe('no placeholders');
  });
  it('renders a missing value as nothing, and 0 as 0', () => {
    expect(renderTemplate('[{gone}] [{zero}]', { zero: 0 })).toBe('[] [0]');
  });
  it('leaves braces that are not a placeholder alone', () => {
    expect(renderTemplate('{ not one } {x-y} {}', {})).toBe('{ not one } {x-y} {}');
  });
  it('renders the same template with different values each time (the split is cached, not the result)', () => {
    expect(['A', 'B'].map((v) => renderTemplate('tier {t}', { t: v }))).toEqual(['tier A', 'tier B']);
  });
  it('LedgerlintError renders both languages from its table', () => {
    const e = new LedgerlintError({ 'no-sheet': { zh: '找不到工作表「{sheet}」', en: 'no sheet "{sheet}"' } }, 'no-sheet', { sheet: '回访' });
    expect([e.zh, e.en, e.message]).toEqual(['找不到工作表「回访」', 'no sheet "回访"', 'no sheet "回访"']);
  });
});

describe('the error catalogs', () => {
  it('say what is wrong without any program\'s flags (the add-in and other apps have none; the CLI adds its own)', async () => {
    const { ENGINE_ERRORS } = await import('../engine/errors');
    const { PROFILE_ERRORS, PROFILE_ISSUES } = await import('../profile/errors');
    const { TIME_ERRORS } = await import('../time/errors');
    const { ANNOTATE_ERRORS } = await import('../annotate/errors');
    const { CALENDAR_ERRORS } = await import('../calendar/errors');
    for (const table of [ENGINE_ERRORS, PROFILE_ERRORS, PROFILE_ISSUES, TIME_ERRORS, ANNOTATE_ERRORS, CALENDAR_ERRORS]) {
      for (const [code, m] of Object.entries(table)) expect([code, m.zh, m.en].join(' ')).not.toMatch(/--[a-z]/);
    }
  });
});
