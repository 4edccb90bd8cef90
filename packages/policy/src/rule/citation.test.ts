// A rule writes only its own clause; the profile's source supplies the file and the section, and
// every loaded rule (so every finding) carries the whole citation.
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../profile/load';
import { PROFILE_SOURCES } from '../profiles/sources';
import { citationSchema, fullCitation } from './common';

const source = { file: '002_5b4178db3268d4b2.txt', section: '第一篇《销售部客户回访制度》', lines: 'L1-13' };

describe('citations', () => {
  it.each([
    ['a clause after a closing bracket', { clause: '第3条', lines: 'L5', quote: 'q' }, source, { file: source.file, section: '第一篇《销售部客户回访制度》第3条', lines: 'L5', quote: 'q' }],
    ['a clause after a plain title takes a space', { clause: '5.2', quote: 'q' }, { file: 'f.txt', section: '客戶溝通管理程序' }, { file: 'f.txt', section: '客戶溝通管理程序 5.2', quote: 'q' }],
    ['no clause: the whole section, without its lines', { quote: 'q' }, source, { file: source.file, section: source.section, quote: 'q' }],
    ['a section written in full is kept', { section: '第二篇《客户回访管理办法》1.4', quote: 'q' }, source, { file: source.file, section: '第二篇《客户回访管理办法》1.4', quote: 'q' }],
    ['another file with its section', { file: 'other.txt', section: '第1条', quote: 'q' }, source, { file: 'other.txt', section: '第1条', quote: 'q' }],
  ])('%s', (_name, written, src, whole) => {
    // Compared as JSON, so the key order counts too: the CLI writes findings as they are.
    expect(JSON.stringify(fullCitation(written, src))).toBe(JSON.stringify(whole));
  });

  it('refuses another file without its section, and a clause beside a whole section', () => {
    expect(citationSchema.safeParse({ file: 'other.txt', quote: 'q' }).error?.issues[0]?.path).toEqual(['section']);
    expect(citationSchema.safeParse({ section: '第1条', clause: '第2条', quote: 'q' }).error?.issues[0]?.path).toEqual(['clause']);
  });

  it('parseProfile fills every rule of a built-in profile in full', () => {
    const input = PROFILE_SOURCES['002-1']!;
    const written = input.rules.find((r) => r.id === '002-1-3-H-3d')!.citation;
    expect(written).not.toHaveProperty('file');
    const rule = parseProfile(input).rules.find((r) => r.id === '002-1-3-H-3d')!;
    expect(rule.citation).toEqual({ file: '002_5b4178db3268d4b2.txt', section: '第一篇《销售部客户回访制度》第3条', lines: 'L5', quote: '以后根据客户分类,H类客户三天做一次回访' });
  });
});
