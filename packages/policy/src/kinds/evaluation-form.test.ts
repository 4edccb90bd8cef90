import { describe, expect, it } from 'vitest';
import { findingsOfKind } from '../testing/kind-check';
import { chosen, evaluationForm } from './evaluation-form';

const CHOICES = ['改进关系', '维持关系', '终止关系'];

describe('chosen: the recommendation a cell makes', () => {
  it.each([
    ['维持关系', ['维持关系']],
    ['建议维持关系，加强走访', ['维持关系']],
    ['☑改进关系 □维持关系 □终止关系', ['改进关系']],
    ['□改进关系 √维持关系 □终止关系', ['维持关系']],
    ['□改进关系 □维持关系 □终止关系', []],
    ['改进关系或终止关系', ['改进关系', '终止关系']],
    ['再议', []],
  ])('%s', (text, want) => expect(chosen(text, CHOICES)).toEqual(want));
});

describe('evaluation-form: every message', () => {
  const header = ['客户名称', '分析指标', '指标权重', '回访内容', '最终得分', '处理结果'];
  const params = { indicator: 'indicator', weight: 'weight', basis: 'content', score: 'score', recommendation: 'resolution', totals: ['合计'], choices: CHOICES };
  const C = '宏远建材';
  const form = (over: Partial<Record<'basis' | 'weight' | 'score' | 'choice', string | number | null>> = {}) => [
    [C, '合作年限', 'weight' in over ? over.weight! : 0.4, 'basis' in over ? over.basis! : '合作五年无拖欠', null, null],
    [C, '年采购额', 0.6, '年采购额稳定', null, null],
    [C, '合计', null, null, 'score' in over ? over.score! : 86, 'choice' in over ? over.choice! : '维持关系'],
  ];
  const run = (rows: (string | number | null)[][]) => findingsOfKind('evaluation-form', params, header, rows, '2025-10-15');
  it('a complete form passes', async () => expect(await run(form())).toEqual([]));
  // [messageId, the form with one thing wrong]
  const cases: [string, (string | number | null)[][]][] = [
    ['no-basis', form({ basis: null })],
    ['no-weight', form({ weight: null })],
    ['weights-sum', form({ weight: 0.3 })],
    ['missing', form({ score: null })],
    ['not-one-choice', form({ choice: '改进关系或终止关系' })],
  ];
  it.each(cases)('%s', async (id, rows) => expect((await run(rows)).map((f) => f.messageId)).toEqual([id]));
  it('a form without a recommendation misses it', async () => expect((await run(form({ choice: null }))).map((f) => [f.messageId, f.column])).toEqual([['missing', '处理结果']]));
  it('covers every message', () => expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(evaluationForm.messages).sort()));
});
