import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET } from '@/lib/test-fixtures/dataset';
import { derivePerCapita, quotientQualifier } from './derived';
import type { Qualifier, Stat } from './schema';

const base = {
  qualifier: 'exact',
  vintage: 'first_published',
  status: 'found',
  source: 's',
  note: '',
  geography: 'Somewhere',
  yearStatus: null,
  basis: null,
  release: null,
} as const;

const gdp = (year: number, value: number, extra: Partial<Stat> = {}): Stat =>
  ({ ...base, place: 'x', metric: 'gdp', year, value, unit: 'CNY billion', ...extra }) as Stat;
const people = (year: number, value: number, extra: Partial<Stat> = {}): Stat =>
  ({
    ...base,
    place: 'x',
    metric: 'population',
    year,
    value,
    unit: '10k persons',
    source: 'p',
    ...extra,
  }) as Stat;

describe('derivePerCapita', () => {
  it('divides GDP by the population of the same year', () => {
    const [derived] = derivePerCapita([gdp(2017, 510.8), people(2017, 501)]);
    expect(derived).toMatchObject({
      metric: 'gdp_per_capita',
      year: 2017,
      unit: 'CNY',
      status: 'derived',
      source: 's',
    });
    expect(derived?.value).toBeCloseTo(510.8e9 / 5.01e6, 3);
    expect(derived?.note).toMatch(/source s.*source p/);
  });

  it.each<[string, Stat[]]>([
    ['different years', [gdp(2017, 1), people(2018, 1)]],
    ['different geographies', [gdp(2017, 1), people(2017, 1, { geography: 'Elsewhere' })]],
    [
      'a lower-bound GDP over an approximate population',
      [gdp(2024, 1, { qualifier: 'more_than' }), people(2024, 1, { qualifier: 'about' })],
    ],
    ['a lower-bound population', [gdp(2024, 1), people(2024, 1, { qualifier: 'more_than' })]],
    ['a missing GDP', [gdp(2019, 0, { value: null, status: 'not_found' } as Partial<Stat>), people(2019, 1)]],
    ['a superseded GDP', [gdp(2021, 1, { vintage: 'superseded' }), people(2021, 1)]],
  ])('derives nothing from %s', (_name, stats) => {
    expect(derivePerCapita(stats)).toEqual([]);
  });

  it.each<[Qualifier, Qualifier, Qualifier]>([
    ['exact', 'exact', 'exact'],
    ['about', 'exact', 'about'],
    ['exact', 'about', 'about'],
    ['about', 'about', 'about'],
    ['more_than', 'exact', 'more_than'],
  ])(
    'derives from a %s GDP and a %s population a figure qualified %s',
    (numerator, denominator, expected) => {
      const [derived] = derivePerCapita([
        gdp(2023, 779.11, { qualifier: numerator }),
        people(2023, 539.4, { qualifier: denominator }),
      ]);
      expect(derived?.qualifier).toBe(expected);
    },
  );

  it('carries the population basis and the GDP release to the derived figure', () => {
    const [derived] = derivePerCapita([
      gdp(2020, 1, { release: 'R1' }),
      people(2020, 1, { basis: 'resident_census' }),
    ]);
    expect([derived?.basis, derived?.release]).toEqual(['resident_census', 'R1']);
  });

  it('derives per capita from a whole dataset where GDP and population meet', () => {
    const derived = derivePerCapita(FIXTURE_DATASET.stats).map((s) => [s.place, s.year, s.value]);
    expect(derived).toEqual([
      ['shanghai', 2022, 9000],
      ['suzhou', 2022, 9000],
    ]);
  });
});

describe('quotientQualifier', () => {
  it.each<[Qualifier, Qualifier, Qualifier | null]>([
    ['exact', 'exact', 'exact'],
    ['exact', 'about', 'about'],
    ['about', 'exact', 'about'],
    ['about', 'about', 'about'],
    ['more_than', 'exact', 'more_than'],
    ['more_than', 'about', null],
    ['more_than', 'more_than', null],
    ['exact', 'more_than', null],
    ['about', 'more_than', null],
  ])('%s ÷ %s is %s', (numerator, denominator, expected) => {
    expect(quotientQualifier(numerator, denominator)).toBe(expected);
  });
});
