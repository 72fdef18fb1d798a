import { describe, expect, it } from 'vitest';
import type { CompareMode, Locale } from '@/lib/domain';
import { translatorFor } from '@/lib/i18n/translator';
import { fixtureSeries, FIXTURE_GEOGRAPHIES as G, yearly } from '@/lib/test-fixtures/series';
import { comparisonSentence } from './comparison-sentence';
import { comparisonText, type Say } from './comparison-text';

const say = (locale: Locale): Say => {
  const t = translatorFor(locale);
  return (key, values) => t(key, values);
};

const a = fixtureSeries('a', yearly({ 2015: 100, 2020: 200 }), G.prefecture);
const boundTop = fixtureSeries(
  'b',
  [
    { year: 2015, value: 50 },
    { year: 2020, value: 200, qualifier: 'more_than', status: 'found_secondary' },
  ],
  G.metro,
);
const alone = fixtureSeries('c', yearly({ 2016: 3, 2020: 6 }), G.prefecture);

const text = (mode: CompareMode, series = [a, boundTop], locale: Locale = 'en') =>
  comparisonText(
    comparisonSentence(
      mode,
      series,
      [2015, 2020],
      series.map((s) => s.place),
    ),
    {
      say: say(locale),
      locale,
      nameOf: (id) => `Place ${id.toUpperCase()}`,
      unit: 'CNY billion',
      range: [2015, 2020],
    },
  );

describe('comparisonText', () => {
  it.each<[string, string, RegExp]>([
    [
      'growth, English',
      text('growth'),
      /^Of the 2 places with figures, Place B has the highest average annual growth: at least 32% a year from 2015 to 2020; note that the places are different kinds of territory \(prefecture-level city with its counties and US metropolitan statistical area\), some are unverified reprints and some are lower bounds/,
    ],
    [
      'growth, Chinese',
      text('growth', undefined, 'zh'),
      /^有数据的2个地方中，Place B的年均增长率最高：2015–2020年年均至少32%；但需注意：/,
    ],
    [
      'levels, a lower bound level with a figure',
      text('levels'),
      /^2 places have GDP figures for 2020, but lower bounds or equal figures leave their order open; note that the places/,
    ],
    [
      'index, the base year',
      text('index'),
      /^By 2020, Place B stands highest of the 2 places with figures against its base year: at least 400 \(2015 = 100\)/,
    ],
    [
      'one place, nothing more',
      text('growth', [alone]),
      /^Only Place C has two GDP figures in these years: 18\.9% a year from 2016 to 2020\.$/,
    ],
    [
      'nothing',
      text('levels', [fixtureSeries('d', yearly({ 2019: null }))]),
      /^No place has a GDP figure to compare in 2015–2020\.$/,
    ],
  ])('%s', (_name, sentence, pattern) => {
    expect(sentence).toMatch(pattern);
  });

  it('says when lower bounds leave the order open', () => {
    const trailing = fixtureSeries('b', [
      { year: 2015, value: 50 },
      { year: 2020, value: 60, qualifier: 'more_than' },
    ]);
    expect(text('levels', [a, trailing])).toBe(
      '2 places have GDP figures for 2020, but lower bounds or equal figures leave their order open; note that some are lower bounds (“over …”).',
    );
  });

  it('leaves no placeholder unfilled in either language', () => {
    for (const locale of ['en', 'zh'] as const)
      for (const mode of ['levels', 'index', 'growth'] as const)
        expect(text(mode, [a, boundTop, alone], locale)).not.toMatch(/[{}]/);
  });
});
