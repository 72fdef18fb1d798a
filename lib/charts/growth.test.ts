import { describe, expect, it } from 'vitest';
import { fixtureSeries, yearly } from '@/lib/test-fixtures/series';
import { lowerBoundKey } from './gdp-rows';
import { growthRates, indexedLines, indexRows, linesWithFigures, ratioBound, sharedBaseYear } from './growth';

const A = fixtureSeries('a', yearly({ 2015: 100, 2016: 110, 2017: null, 2018: 133.1 }));
const B = fixtureSeries('b', [
  { year: 2016, value: 50, qualifier: 'about' },
  { year: 2017, value: 60, status: 'found_secondary' },
  { year: 2018, value: 80, qualifier: 'more_than', vintageBreak: true },
]);
// A USD figure shown in CNY: the index uses the source's figure, never the converted one.
const C = fixtureSeries(
  'c',
  [
    { year: 2015, value: 400, unit: 'USD million', shown: 2600 },
    { year: 2016, value: 440, unit: 'USD million', shown: null, note: 'no rate' },
  ],
  'metro',
);
const gapOnly = fixtureSeries('c', [{ year: null, value: null }], 'city');

describe('indexedLines', () => {
  const lines = indexedLines([A, B, C, gapOnly], [2015, 2018]);
  const at = (place: string, year: number) =>
    lines.find((l) => l.place === place)?.points.find((p) => p.year === year);

  it.each([
    ['the base year is 100', 'a', 2015, { index: 100, gap: null, bound: 'exact' }],
    ['a later year is its ratio to the base', 'a', 2016, { index: 110 }],
    ['a missing figure stays a gap', 'a', 2017, { index: null, gap: 'no_figure' }],
    ['a year before the first figure is a gap', 'b', 2015, { index: null, gap: 'no_figure' }],
    ['an approximate base makes every index approximate', 'b', 2017, { index: 120, qualifier: 'about' }],
    ['the weaker status of point and base stays', 'b', 2017, { status: 'found_secondary' }],
    [
      'a lower bound over the base is a lower bound',
      'b',
      2018,
      { index: 160, qualifier: 'more_than', bound: 'at_least' },
    ],
    ['a break after the base is carried', 'b', 2018, { breaks: [2018] }],
    ['no break before one', 'b', 2017, { breaks: [] }],
    ['a converted figure is indexed in its own currency', 'c', 2016, { index: 110, gap: null }],
  ] as const)('%s', (_name, place, year, expected) => {
    expect(at(place, year)).toMatchObject(expected);
  });

  it('draws each place once, from its series with figures', () => {
    expect(lines.map((l) => [l.place, l.baseYear, l.geography])).toEqual([
      ['a', 2015, A.geography],
      ['b', 2016, B.geography],
      ['c', 2015, 'metro'],
    ]);
  });

  it('lists as drawn only the lines with a figure in the range', () => {
    expect(linesWithFigures([A, B, gapOnly], [2015, 2015]).map((s) => s.place)).toEqual(['a']);
  });

  it('follows the year range: the base is the first year of the range with a figure', () => {
    const [a] = indexedLines([A], [2016, 2018]);
    expect(a?.baseYear).toBe(2016);
    expect(a?.points.find((p) => p.year === 2018)?.index).toBeCloseTo(121);
  });

  it('has no base and only gaps where the range holds no figure', () => {
    const [a] = indexedLines([A], [2017, 2017]);
    expect(a).toMatchObject({ baseYear: null, points: [{ index: null, gap: 'no_figure' }] });
  });

  it('says when base years differ', () => {
    expect(sharedBaseYear(lines)).toEqual({ year: 2015, differs: true });
    expect(sharedBaseYear(indexedLines([A, C], [2015, 2018]))).toEqual({ year: 2015, differs: false });
    expect(sharedBaseYear([])).toEqual({ year: null, differs: false });
  });
});

describe('indexRows', () => {
  const rows = indexRows(indexedLines([A, B], [2015, 2018]), [2015, 2018]);
  const row = (year: number) => rows.find((r) => r.year === year);

  it.each([
    ['an index sits on its line', 2016, 'a', 110],
    ['a gap stays a gap', 2017, 'a', null],
    ['an index built on a lower bound is off the line …', 2018, 'b', null],
    ['… and in its own column', 2018, lowerBoundKey('b'), 160],
    ['no lower-bound column where none was built', 2016, lowerBoundKey('a'), undefined],
  ] as const)('%s', (_name, year, column, value) => {
    expect(row(year)?.[column]).toBe(value);
  });

  it('has a row for every year of the range', () => {
    expect(rows.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018]);
  });
});

describe('ratioBound', () => {
  it.each([
    ['exact', 'exact', 'exact'],
    ['more_than', 'exact', 'at_least'],
    ['exact', 'more_than', 'at_most'],
    ['more_than', 'more_than', 'unknown'],
    ['about', 'exact', 'exact'],
  ] as const)('%s over %s is %s', (top, bottom, bound) => {
    expect(ratioBound({ qualifier: top }, { qualifier: bottom })).toBe(bound);
  });
});

describe('growthRates', () => {
  const rates = growthRates([A, B, C], [2015, 2018]);
  const of = (place: string) => rates.find((r) => r.place === place);

  it.each([
    ['compound rate between first and last figure', 'a', 0.1, [2015, 2018]],
    ['over the years the place has figures', 'b', (80 / 50) ** 0.5 - 1, [2016, 2018]],
    ['in the source currency', 'c', 0.1, [2015, 2016]],
  ] as const)('%s', (_name, place, rate, years) => {
    expect(of(place)?.rate).toBeCloseTo(rate, 10);
    expect(of(place)?.years).toEqual(years);
  });

  it('marks a rate ending on a lower bound as at least, with its break', () => {
    expect(of('b')).toMatchObject({ bound: 'at_least', qualifier: 'more_than', breaks: [2018] });
  });

  it('has no rate with fewer than two figures in the range', () => {
    expect(growthRates([A], [2017, 2018])[0]).toMatchObject({ rate: null, gap: 'too_few_figures' });
    expect(growthRates([A], [2016, 2017])[0]).toMatchObject({ rate: null, gap: 'too_few_figures' });
  });

  it('has no rate between figures in different units', () => {
    const mixed = fixtureSeries('m', [
      { year: 2015, value: 1, unit: 'CNY billion' },
      { year: 2016, value: 2, unit: 'USD million' },
    ]);
    expect(growthRates([mixed], [2015, 2016])[0]).toMatchObject({ rate: null, gap: 'unit_differs' });
  });
});
