import { describe, expect, it } from 'vitest';
import { DATA_DIRECTORY, parseDataset, readDataFiles } from './load';
import { placeProfile } from './profile';

const dataset = parseDataset(readDataFiles(DATA_DIRECTORY));

describe('placeProfile', () => {
  it('gives Shaoxing the 2017 figures of its source document', () => {
    const { fromSourceDocument } = placeProfile(dataset, 'shaoxing', 'CNY');
    const byMetric = Object.fromEntries(fromSourceDocument.map((f) => [f.metric, f]));
    expect(byMetric.gdp).toMatchObject({ year: 2017, value: 510.8, unit: 'CNY billion', status: 'seed' });
    expect(byMetric.fiscal_revenue).toMatchObject({ value: 70.6 });
    expect(byMetric.disposable_income_urban).toMatchObject({ value: 54445 });
    expect(byMetric.disposable_income_rural).toMatchObject({ value: 30331 });
    expect(byMetric.listed_companies).toMatchObject({ value: 73 });
    expect(byMetric.gdp_per_capita).toMatchObject({ value: 100000, qualifier: 'more_than' });
  });

  it('gives the latest figure of each metric, each with year, unit and source', () => {
    const { latest } = placeProfile(dataset, 'shaoxing', 'CNY');
    const gdp = latest.find((f) => f.metric === 'gdp');
    expect(gdp).toMatchObject({ year: 2024, value: 836.86 });
    for (const figure of latest) {
      expect(figure.unit).toBeTruthy();
      expect(figure.source).toBeTruthy();
    }
  });

  it('keeps a metric with nothing citable as a gap, never zero', () => {
    const cityGdp = placeProfile(dataset, 'boston', 'USD').latest.find(
      (f) => f.metric === 'gdp' && f.geography === 'City of Boston',
    );
    expect(cityGdp).toMatchObject({ value: null, status: 'not_found' });
  });

  it('converts money to the chosen currency at the year’s rate', () => {
    const gdp = placeProfile(dataset, 'boston', 'CNY').latest.find(
      (f) => f.metric === 'gdp' && f.value !== null,
    );
    expect(gdp?.rate?.year).toBe(gdp?.year);
    expect(gdp?.unit).toBe('CNY billion');
  });
});
