import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET, GEOGRAPHY } from '@/lib/test-fixtures/dataset';
import { placeFigures } from './figures';

const rows = (placeId: string) =>
  placeFigures(FIXTURE_DATASET, placeId).map((f) => [
    f.metric,
    f.geography,
    f.year,
    f.value,
    f.unit,
    f.status,
  ]);

describe('placeFigures', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'one figure a year, revised over first published, superseded never',
      'shanghai',
      [
        ['gdp', GEOGRAPHY.shanghai, 2015, 100, 'CNY billion', 'found'],
        ['gdp', GEOGRAPHY.shanghai, 2017, 125, 'CNY billion', 'found'],
        ['gdp', GEOGRAPHY.shanghai, 2022, 180, 'CNY billion', 'found'],
        ['gdp', GEOGRAPHY.shanghai, 2024, 200, 'CNY billion', 'found'],
        ['gdp_per_capita', GEOGRAPHY.shanghai, 2022, 9000, 'CNY', 'derived'],
        ['population', GEOGRAPHY.shanghai, 2022, 20000000, 'persons', 'found'],
      ],
    ],
    [
      'a gap stays a gap, next to the figures',
      'shaoxing',
      [
        ['gdp', GEOGRAPHY.shaoxing, 2016, null, 'CNY billion', 'not_found'],
        ['gdp', GEOGRAPHY.shaoxing, 2017, 50, 'CNY billion', 'seed'],
        ['gdp', GEOGRAPHY.shaoxing, 2024, 80, 'CNY billion', 'found_secondary'],
        ['gdp_per_capita', GEOGRAPHY.shaoxing, 2017, 100000, 'CNY', 'seed'],
        ['fiscal_revenue', GEOGRAPHY.shaoxing, 2017, 7, 'CNY billion', 'seed'],
      ],
    ],
    [
      'dollar figures stay in dollars, each geography apart, undated areas without a year',
      'boston',
      [
        ['gdp', GEOGRAPHY.bostonMetro, 2017, 400, 'USD billion', 'found'],
        ['gdp', GEOGRAPHY.bostonMetro, 2019, null, 'USD billion', 'not_found'],
        ['gdp', GEOGRAPHY.bostonCity, 2019, null, 'USD billion', 'not_found'],
        ['park_area', GEOGRAPHY.bostonDistrict, null, 4.05, 'km2', 'found'],
      ],
    ],
    ['a place without figures has none', 'massachusetts-state-house', []],
  ])('%s', (_, placeId, expected) => {
    expect(rows(placeId)).toEqual(expected);
  });
});
