import { describe, expect, it } from 'vitest';
import { ENGINE_ERRORS, LedgerlintError, parseProfile, PROFILE_ERRORS, PROFILE_SOURCES, TIME_ERRORS, type MessageTable } from '@ledgerlint/policy';
import { READ_MESSAGES } from '@ledgerlint/xlsx/read';
import { CLI_HINTS, cliMessage } from './hints';

describe('cliMessage', () => {
  it('adds the flag that fixes the error, in both languages, with the error\'s own values', () => {
    const e = new LedgerlintError(ENGINE_ERRORS, 'missing-column', { sheet: '回访', field: '回访时间', fieldEn: 'contact time', key: 'contactAt', synonyms: '回访时间', profile: '002-1', headers: '客户编号, 跟进日期' });
    const [zh, en] = cliMessage(e).trimEnd().split('\n');
    expect(zh).toMatch(/^错误：工作表「回访」缺少必需的列「回访时间」.*用 --column contactAt=列名 指定。$/);
    expect(en).toMatch(/^Error: Sheet "回访" has no column for "contact time".* Use --column contactAt=<header>\.$/);
  });
  it('prints an error without a hint as it is', () => {
    const e = new LedgerlintError(PROFILE_ERRORS, 'unknown-profile', { id: 'x', ids: '002-1' });
    expect(cliMessage(e)).toBe(`错误：${e.zh}\nError: ${e.en}\n`);
  });
  it('prints a bad profile\'s first issue on the message\'s line and each further one on its own, zh then en', () => {
    const p = structuredClone(PROFILE_SOURCES['002-1']) as any;
    p.rules[2].params.maxGapDays = 'three';
    p.version = 0;
    let e: unknown;
    try {
      parseProfile(p);
    } catch (thrown) {
      e = thrown;
    }
    expect(cliMessage(e as LedgerlintError).split('\n')).toEqual([
      '错误：规则配置（profile）无效：version：数值过小：应不小于 1；实际值 0',
      '  rules.2.params.maxGapDays：无效输入：应为数字，实际是文本；实际值 "three"',
      'Error: Invalid profile: version: Too small: expected number to be >=1; found 0',
      '  rules.2.params.maxGapDays: Invalid input: expected number, received string; found "three"',
      '',
    ]);
  });
  it('has a hint only for codes the library has', () => {
    for (const code of Object.keys(CLI_HINTS)) expect((ENGINE_ERRORS as MessageTable)[code] ?? (TIME_ERRORS as MessageTable)[code] ?? READ_MESSAGES[code], code).toBeDefined();
  });
});
