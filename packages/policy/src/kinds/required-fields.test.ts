import { describe, expect, it } from 'vitest';
import type { RecordFilter } from '../rule/record-filter';
import { findingsOfKind, kindFindings, oneRuleProfile } from '../testing/kind-check';

describe('required-fields with `only` (a phone callback needs its recording)', () => {
  const header = ['客户编号', '回访时间', '回访方式', '录音编号'];
  const params = { scope: 'contact', fields: [{ field: 'recordingRef' }] };
  const records: RecordFilter = { channels: ['phone'] };
  it('only the selected records need the field', async () => {
    const rows = [
      ['C1', '2025-03-05 10:00', '电话', 'R-001'],
      ['C2', '2025-03-05 10:00', '电话', null],
      ['C3', '2025-03-05 10:00', '上门', null],
    ];
    const found = await findingsOfKind('required-fields', params, header, rows, '2025-03-10', {}, { records });
    expect(found.map((f) => [f.row, f.status, f.messageId, f.column])).toEqual([[3, 'violation', 'missing', '录音编号']]);
  });
  it('customer scope: a customer with a selected record needs the field on one of them', async () => {
    const h = ['客户编号', '生日', '工作单位'];
    const p = { scope: 'customer', fields: [{ field: 'employer' }] };
    const rows = [['C1', '1980-01-01', null], ['C1', null, '某公司'], ['C2', '1980-01-01', null], ['C3', null, null]];
    const found = await findingsOfKind('required-fields', p, h, rows, '2025-03-10', {}, { records: { filled: ['birthday'] } });
    expect(found.map((f) => [f.row, f.messageId])).toEqual([[4, 'missing']]);
  });
  it('a filter column the ledger lacks: indeterminate, naming it', async () => {
    const found = await findingsOfKind('required-fields', params, ['客户编号', '回访时间', '录音编号'], [['C1', '2025-03-05 10:00', null]], '2025-03-10', {}, { records });
    expect(found.map((f) => [f.status, f.column])).toEqual([['indeterminate', '回访方式']]);
  });
});

describe('required-fields, per field: its own filter and words that do not count', () => {
  const header = ['客户编号', '回访时间', '回访方式', '回访内容', '回访结果'];
  it('a field with its own `only` is needed on those records alone (the outcome of a call)', async () => {
    const p = { scope: 'contact', fields: [{ field: 'content' }, { field: 'outcome', only: { channels: ['phone'] } }] };
    const rows = [['C1', '2025-03-05', '电话', '介绍新品', null], ['C2', '2025-03-05', '微信', '发送目录', null]];
    const found = await findingsOfKind('required-fields', p, header, rows, '2025-03-10');
    expect(found.map((f) => [f.row, f.column])).toEqual([[2, '回访结果']]);
  });
  it('a filled cell with a word that does not count is a breach, unless it also says what does', async () => {
    const h = ['客户编号', '回访时间', '处理结果'];
    const p = { scope: 'contact', fields: [{ field: 'resolution', invalidWords: ['口头'], unless: ['书面'] }] };
    const rows = [['C1', '2025-03-05', '口头汇报'], ['C2', '2025-03-05', '口头并书面汇报'], ['C3', '2025-03-05', '已书面汇报']];
    const found = await findingsOfKind('required-fields', p, h, rows, '2025-03-10');
    expect(found.map((f) => [f.row, f.messageId, f.data.word])).toEqual([[2, 'does-not-count', '口头']]);
  });
});

describe('required-fields, a minimum length', () => {
  const header = ['客户编号', '回访时间', '回访内容'];
  const params = { scope: 'contact', fields: [{ field: 'content', minLength: 5 }] };
  it('a text shorter than minLength (counted in characters) is too short; a blank one is missing', async () => {
    const found = await findingsOfKind('required-fields', params, header, [['C1', '2025-03-05 10:00', '客户满意度高'], ['C2', '2025-03-05 10:00', '满意😀'], ['C3', '2025-03-05 10:00', null]], '2025-12-31');
    expect(found.map((f) => [f.row, f.messageId, f.data.length, f.data.min])).toEqual([
      [3, 'too-short', 3, 5],
      [4, 'missing', undefined, undefined],
    ]);
  });
  it('a minimum length marked ours (the document states none) makes short text a warning naming the param; blank stays an error', async () => {
    const ours = { 'fields.0.minLength': { zh: '制度未规定字数', en: 'the regulation sets no length' } };
    const found = await kindFindings(oneRuleProfile('required-fields', params, { ours }), header, [['C1', '2025-03-05 10:00', '满意'], ['C2', '2025-03-05 10:00', null]], '2025-12-31');
    expect(found.map((f) => [f.row, f.messageId, f.severity, f.data.ours])).toEqual([
      [2, 'too-short', 'warning', 'fields.0.minLength'],
      [3, 'missing', 'error', undefined],
    ]);
  });
  it('a minimum length the document states (not marked ours) makes short text an error', async () => {
    const found = await kindFindings(oneRuleProfile('required-fields', params), header, [['C1', '2025-03-05 10:00', '满意']], '2025-12-31');
    expect(found.map((f) => [f.messageId, f.severity, f.data.ours])).toEqual([['too-short', 'error', undefined]]);
  });
  it('customer scope: one filled row is enough', async () => {
    const found = await findingsOfKind('required-fields', { scope: 'customer', fields: [{ field: 'content', minLength: 2 }] }, header, [['C1', '2025-03-05 10:00', null], ['C1', '2025-03-06 10:00', '满意'], ['C2', '2025-03-05 10:00', '好']], '2025-12-31');
    expect(found.map((f) => [f.row, f.messageId])).toEqual([[4, 'too-short']]);
  });
});
