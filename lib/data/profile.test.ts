import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET as dataset, GEOGRAPHY } from '@/lib/test-fixtures/dataset';
import { placeProfile } from './profile';

describe('placeProfile', () => {
  it('gives the figures of the source document apart (status seed)', () => {
    const { fromSourceDocument } = placeProfile(dataset, 'shaoxing', 'CNY');
    expect(fromSourceDocument.map((f) => [f.metric, f.year, f.value, f.qualifier])).toEqual([
      ['gdp', 2017, 50, 'exact'],
      ['gdp_per_capita', 2017, 100000, 'more_than'],
      ['fiscal_revenue', 2017, 7, 'exact'],
    ]);
  });

  it('gives the latest figure of each metric, each with year, unit and source', () => {
    const { latest } = placeProfile(dataset, 'shaoxing', 'CNY');
    expect(latest.map((f) => [f.metric, f.year, f.value, f.unit])).toEqual([
      ['gdp', 2024, 80, 'CNY billion'],
      ['gdp_per_capita', 2017, 100000, 'CNY'],
      ['fiscal_revenue', 2017, 7, 'CNY billion'],
    ]);
    for (const figure of latest) expect(figure.source).toBeTruthy();
  });

  it('keeps a metric with nothing citable as a gap, never zero', () => {
    const cityGdp = placeProfile(dataset, 'boston', 'USD').latest.find(
      (f) => f.metric === 'gdp' && f.geography === GEOGRAPHY.bostonCity,
    );
    expect(cityGdp).toMatchObject({ value: null, status: 'not_found' });
  });

  it('prefers a figure to a later gap', () => {
    const metroGdp = placeProfile(dataset, 'boston', 'USD').latest.find(
      (f) => f.metric === 'gdp' && f.geography === GEOGRAPHY.bostonMetro,
    );
    expect(metroGdp).toMatchObject({ year: 2017, value: 400, unit: 'USD billion' });
  });

  it('converts money to the chosen currency at the year’s rate', () => {
    const gdp = placeProfile(dataset, 'boston', 'CNY').latest.find(
      (f) => f.metric === 'gdp' && f.value !== null,
    );
    expect(gdp).toMatchObject({ year: 2017, value: 2700, unit: 'CNY billion' });
    expect(gdp?.rate).toMatchObject({ year: 2017, series: 'fed_g5a', cnyPerUsd: 6.75 });
  });
});
