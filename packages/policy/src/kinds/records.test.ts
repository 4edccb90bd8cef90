import { describe, expect, it } from 'vitest';
import { saysUnreached } from './records';

describe('saysUnreached (catalog §16 A3: an unanswered attempt is not a contact)', () => {
  it('content that opens with a not-reached outcome, after 客户/对方/电话/手机', () => {
    for (const t of ['无人接听', '电话无人接听，明天再拨', '客户关机', '对方拒接', '空号', '未接通', '联系不上']) expect(saysUnreached(t)).toBe(true);
  });
  it('anything else stays a contact: a real conversation, a mention further on, 无 (nothing to report)', () => {
    for (const t of ['介绍冬季新品', '上次无人接听，今天接通，客户满意', '无', '不满意返程安排', '没问题，客户满意']) expect(saysUnreached(t)).toBe(false);
  });
});
