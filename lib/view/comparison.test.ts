import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET as dataset } from '@/lib/test-fixtures/dataset';
import { viewComparisonText } from './comparison';
import { DEFAULT_VIEW, type Scene } from './parsers';

const text = (view: Partial<Scene>, locale: 'en' | 'zh' = 'en') =>
  viewComparisonText({ ...DEFAULT_VIEW, ...view }, dataset, locale);

describe('viewComparisonText', () => {
  it.each<[string, Partial<Scene>, 'en' | 'zh', RegExp]>([
    [
      'growth, led by a lower bound',
      { compare: 'growth' },
      'en',
      /^Of the 2 places with figures, shanghai has the highest average annual growth: at least 8% a year from 2015 to 2024/,
    ],
    [
      'growth in Chinese',
      { compare: 'growth' },
      'zh',
      /^有数据的2个地方中，shanghai（中）的年均增长率最高：2015–2024年年均至少8%/,
    ],
    [
      'levels in the year most places share',
      { years: [2017, 2017], currency: 'CNY' },
      'en',
      /^In 2017, the latest year most places share, boston has the largest GDP of the 3 places with a figure: .+ converted at/,
    ],
    [
      'no figures in the years',
      { years: [2030, 2030], compare: 'index' },
      'en',
      /^No place has a figure after its base year in 2030–2030 to index\.$/,
    ],
  ])('%s', (_name, view, locale, pattern) => {
    expect(text(view, locale)).toMatch(pattern);
  });
});
