import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET as dataset, GEOGRAPHY } from '@/lib/test-fixtures/dataset';
import { rateForYear } from './rates';
import { findStats, type StatsQuery } from './stats';

const points = (query: Partial<StatsQuery>) =>
  findStats(dataset, { metric: 'gdp', currency: 'CNY', ...query }).series.map((s) => [
    s.place,
    s.geography,
    s.points.map((p) => [p.year, p.value]),
  ]);

describe('findStats', () => {
  it.each<[string, Partial<StatsQuery>, unknown[]]>([
    [
      'one figure a year: revised over first published, superseded never, gaps kept',
      { places: ['shanghai'] },
      [
        [
          'shanghai',
          GEOGRAPHY.shanghai,
          [
            [2015, 100],
            [2017, 125],
            [2022, 180],
            [2024, 200],
          ],
        ],
      ],
    ],
    [
      'the places in the order asked, each geography its own series',
      { places: ['boston', 'shaoxing'], from: 2016, to: 2019 },
      [
        [
          'boston',
          GEOGRAPHY.bostonMetro,
          [
            [2017, 2700],
            [2019, null],
          ],
        ],
        ['boston', GEOGRAPHY.bostonCity, [[2019, null]]],
        [
          'shaoxing',
          GEOGRAPHY.shaoxing,
          [
            [2016, null],
            [2017, 50],
          ],
        ],
      ],
    ],
    [
      'an open-ended range',
      { places: ['shanghai'], from: 2020 },
      [
        [
          'shanghai',
          GEOGRAPHY.shanghai,
          [
            [2022, 180],
            [2024, 200],
          ],
        ],
      ],
    ],
  ])('%s', (_name, query, expected) => {
    expect(points(query)).toEqual(expected);
  });

  it.each([
    ['no range keeps undated figures', {}, 5],
    ['any range leaves them out', { from: 2000 }, 0],
  ])('%s', (_name, range, count) => {
    const result = findStats(dataset, { metric: 'park_area', currency: 'CNY', ...range });
    expect(result.series.flatMap((s) => s.points)).toHaveLength(count);
  });

  it('converts money at the year’s rate and lists the rates it used', () => {
    const result = findStats(dataset, { metric: 'gdp', places: ['shanghai'], currency: 'USD', to: 2022 });
    expect(result.unit).toBe('USD billion');
    expect(result.series[0]?.points.map((p) => [p.year, p.value, p.rate?.cnyPerUsd ?? null])).toEqual([
      [2015, null, null],
      [2017, 18.5185185185, 6.75],
      [2022, 26.7459138187, 6.73],
    ]);
    expect(result.rates.map((r) => r.year)).toEqual([2017, 2022]);
  });
});

describe('rateForYear', () => {
  it.each([
    ['the Federal Reserve over the PBOC', 2017, 'fed_g5a'],
    ['the only series there is', 2022, 'fed_g5a'],
    ['nothing for a year without a rate', 2015, undefined],
  ])('%s', (_name, year, series) => {
    expect(rateForYear(dataset.rates, year)?.series).toBe(series);
  });
});
