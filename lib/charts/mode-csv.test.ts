import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@/lib/data/csv';
import { fixtureSeries, yearly } from '@/lib/test-fixtures/series';
import { growthRates, indexedLines } from './growth';
import { growthCsv, indexCsv } from './mode-csv';

const A = fixtureSeries('a', yearly({ 2015: 100, 2016: 110, 2017: null, 2018: 121 }));
const B = fixtureSeries('b', [
  { year: 2015, value: null },
  { year: 2016, value: 50, qualifier: 'more_than' },
  { year: 2018, value: 60, vintageBreak: true },
]);
const gapOnly = fixtureSeries('c', [{ year: null, value: null, note: 'no source prints one' }]);

describe('indexCsv', () => {
  const rows = parseCsvRecords(indexCsv(indexedLines([A, B], [2015, 2018])));

  it.each([
    ['a', '2015', { index: '100', base_year: '2015', bound: 'exact', gap: '' }],
    ['a', '2016', { index: '110', base_year: '2015', bound: 'exact' }],
    ['a', '2017', { index: '', gap: 'no_figure', bound: '' }],
    ['b', '2016', { index: '100', base_year: '2016' }],
    ['b', '2018', { index: '120', bound: 'at_most', breaks_since_base: '2018' }],
  ])('%s %s', (place, year, expected) => {
    expect(rows.find((r) => r.place === place && r.year === year)).toMatchObject(expected);
  });

  it('has a row for every year of every line', () => {
    expect(rows).toHaveLength(8);
  });
});

describe('growthCsv', () => {
  const rows = parseCsvRecords(growthCsv(growthRates([A, B, gapOnly], [2015, 2018])));

  it.each([
    [
      'a',
      { from: '2015', to: '2018', average_annual_growth: String((121 / 100) ** (1 / 3) - 1), bound: 'exact' },
    ],
    ['b', { from: '2016', to: '2018', bound: 'at_most', breaks: '2018' }],
    ['c', { from: '', average_annual_growth: '', gap: 'too_few_figures', bound: '' }],
  ])('%s', (place, expected) => {
    expect(rows.find((r) => r.place === place)).toMatchObject(expected);
  });
});
