import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET } from '@/lib/test-fixtures/dataset';
import { derivePerCapita } from './derived';
import type { Stat } from './schema';

const base = {
  qualifier: 'exact',
  vintage: 'first_published',
  status: 'found',
  source: 's',
  note: '',
  geography: 'Somewhere',
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
    ['a lower-bound GDP', [gdp(2024, 5000, { qualifier: 'more_than' }), people(2024, 1)]],
    ['a missing GDP', [gdp(2019, 0, { value: null, status: 'not_found' } as Partial<Stat>), people(2019, 1)]],
    ['a superseded GDP', [gdp(2021, 1, { vintage: 'superseded' }), people(2021, 1)]],
  ])('derives nothing from %s', (_name, stats) => {
    expect(derivePerCapita(stats)).toEqual([]);
  });

  it('derives per capita from a whole dataset where GDP and population meet', () => {
    const derived = derivePerCapita(FIXTURE_DATASET.stats).map((s) => [s.place, s.year, s.value]);
    expect(derived).toEqual([
      ['shanghai', 2022, 9000],
      ['suzhou', 2022, 9000],
    ]);
  });
});
