import { describe, expect, it } from 'vitest';
import { chosen } from './evaluation-form';

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
