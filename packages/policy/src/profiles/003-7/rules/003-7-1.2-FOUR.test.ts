import { expect, it } from 'vitest';
import { getProfile } from '../../../profiles';
import { renderFinding } from '../../../report/messages';
import { findingsOf, ruleTester } from '../../../testing/rule-tester';

const header = ['客户编号', '客户名称', '客户类别'];

ruleTester('003-7-1.2-FOUR', {
  profile: '003-7',
  header,
  valid: [{ name: 'each of the four categories, with or without 客户', rows: [['C1', '甲', '目标客户'], ['C2', '乙', '一般'], ['C3', '丙', '重点客户'], ['C4', '丁', '潜在']], asOf: '2025-10-15' }],
  invalid: [
    { name: 'no category', rows: [['C1', '甲', null]], asOf: '2025-10-15', findings: [{ status: 'violation', column: '客户类别', messageId: 'missing' }] },
    {
      name: 'a category outside the four is a breach of 1.2, one per row that writes it',
      rows: [['C1', '甲', 'VIP客户'], ['C2', '乙', '重点客户'], ['C3', '丙', '大客户']],
      asOf: '2025-10-15',
      findings: [
        { status: 'violation', severity: 'error', row: 2, column: '客户类别', messageId: 'invalid' },
        { status: 'violation', severity: 'error', row: 4, column: '客户类别', messageId: 'invalid' },
      ],
    },
  ],
});

it('003-7-1.2-FOUR: the message names the four categories in words, never the internal codes T/G/K/P', async () => {
  const [f] = await findingsOf('003-7-1.2-FOUR', '003-7', header, { name: 'VIP', rows: [['C1', '甲', 'VIP客户']], asOf: '2025-10-15' });
  const zh = renderFinding(f, getProfile('003-7'), 'zh');
  const en = renderFinding(f, getProfile('003-7'), 'en');
  expect(zh).toContain('目标客户、一般客户、重点客户、潜在客户 之一');
  expect(en).toContain('目标客户 (target), 一般客户 (ordinary), 重点客户 (key), 潜在客户 (potential)');
  for (const text of [zh, en]) expect(text).not.toMatch(/\bT\/G|T\/G\/K\/P/);
});

it('003-7-1.3-FIELDS no longer reports an unknown category as an invalid cell (it is 1.2-FOUR\'s)', async () => {
  const found = await findingsOf('003-7-1.3-FIELDS', '003-7', header, { name: 'VIP', rows: [['C1', '甲', 'VIP客户']], asOf: '2025-10-15' });
  expect(found.filter((f) => f.status === 'invalid')).toEqual([]);
});
