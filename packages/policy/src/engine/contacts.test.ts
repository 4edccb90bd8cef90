import { describe, expect, it } from 'vitest';
import { saysUnreached } from './contacts';
import { prepareLedger } from './evaluate';
import { parseProfile } from '../profile/load';
import { PROFILE_SOURCES } from '../profiles/sources';
import type { ContactCriteria } from '../profile/definitions';

describe('saysUnreached (catalog §16 A3: an unanswered attempt is not a contact)', () => {
  it('content that opens with a not-reached outcome, after 客户/对方/电话/手机', () => {
    for (const t of ['无人接听', '电话无人接听，明天再拨', '客户关机', '对方拒接', '空号', '未接通', '联系不上']) expect(saysUnreached(t)).toBe(true);
  });
  it('anything else stays a contact: a real conversation, a mention further on, 无 (nothing to report)', () => {
    for (const t of ['介绍冬季新品', '上次无人接听，今天接通，客户满意', '无', '不满意返程安排', '没问题，客户满意']) expect(saysUnreached(t)).toBe(false);
  });
});

describe('what counts as a contact is the profile\'s definition', () => {
  // One reached call with a blank content cell: 002-1 (content required) does not count it; a
  // profile that does not ask for content does.
  const ledger = (criteria: Partial<ContactCriteria>) => {
    const table = { sheet: 's', rows: [['客户编号', '回访时间', '回访方式', '回访结果', '回访内容'], ['K1', '2025-03-01 10:00', '电话', '已接通', null]] };
    const profile = { ...PROFILE_SOURCES['002-1'], definitions: { ...PROFILE_SOURCES['002-1'].definitions, contact: { ...PROFILE_SOURCES['002-1'].definitions!.contact!, ...criteria } } };
    return prepareLedger(table, parseProfile(profile)).qualifies[0];
  };
  it('content required: no content, no contact', () => expect(ledger({})).toBe(0));
  it('content not required: the reached call counts', () => expect(ledger({ requireContent: false })).toBe(1));
  it('no definition: the defaults (reached, with content) apply', () => {
    const table = { sheet: 's', rows: [['客户编号', '回访时间', '回访方式', '回访结果', '回访内容'], ['K1', '2025-03-01 10:00', '电话', '已接通', '介绍车型']] };
    const { definitions: _d, ...plain } = PROFILE_SOURCES['002-1'];
    expect(prepareLedger(table, parseProfile({ ...plain, rules: plain.rules.map((r) => ({ ...r, when: undefined })) })).qualifies[0]).toBe(1);
  });
});
