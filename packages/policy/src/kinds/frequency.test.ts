import { describe, expect, it } from 'vitest';
import { parseCount, parseFrequency } from './frequency';

describe('parseFrequency: the frequency a customer card declares', () => {
  it.each([
    ['每月一次', { every: 1, unit: 'month' }],
    ['每月1次', { every: 1, unit: 'month' }],
    ['一月一次', { every: 1, unit: 'month' }],
    ['每周', { every: 1, unit: 'week' }],
    ['每两周一次', { every: 2, unit: 'week' }],
    ['双周', { every: 2, unit: 'week' }],
    ['每季度一次', { every: 3, unit: 'month' }],
    ['季度', { every: 3, unit: 'month' }],
    ['半年一次', { every: 6, unit: 'month' }],
    ['每年', { every: 1, unit: 'year' }],
    ['每隔10天', { every: 10, unit: 'day' }],
    ['１５天一次', { every: 15, unit: 'day' }],
    ['每十二天', { every: 12, unit: 'day' }],
    ['一月两次', { every: 15, unit: 'day' }],
    ['每月至少2次', { every: 15, unit: 'day' }],
    ['每周三次', { every: 2, unit: 'day' }],
    ['每月一次电话回访', { every: 1, unit: 'month' }],
  ])('%s', (text, want) => expect(parseFrequency(text)).toEqual(want));

  it.each(['看情况', '不定期', '', '电话', '每'])('%s is not a frequency', (text) => expect(parseFrequency(text)).toBeUndefined());
});

describe('parseCount: a period and a count, counted per calendar period (catalog §16 A2)', () => {
  it.each([
    ['每月一次', { per: 'month', min: 1 }],
    ['一月一次', { per: 'month', min: 1 }],
    ['一月两次', { per: 'month', min: 2 }],
    ['每月至少2次', { per: 'month', min: 2 }],
    ['每周', { per: 'week', min: 1 }],
    ['每季度一次', { per: 'quarter', min: 1 }],
    ['季度', { per: 'quarter', min: 1 }],
    ['每半年一次', { per: 'halfyear', min: 1 }],
    ['每年', { per: 'year', min: 1 }],
    ['每月一次电话回访', { per: 'month', min: 1 }],
  ])('%s', (text, want) => expect(parseCount(text)).toEqual(want));

  it.each(['每隔10天', '15天一次', '每两周一次', '双周', '半月一次', '每2个月一次', '看情况'])('%s names an interval or nothing: not a count', (text) => expect(parseCount(text)).toBeUndefined());
});
