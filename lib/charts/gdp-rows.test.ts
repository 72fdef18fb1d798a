import { describe, expect, it } from 'vitest';
import { gdpRows, lowerBoundKey } from './gdp-rows';
import { type Point, type Series, seriesPoints } from './shape';

const point = (
  year: number | null,
  value: number | null,
  qualifier: Point['qualifier'] = 'exact',
): Point => ({
  year,
  value,
  qualifier,
  unit: 'CNY billion',
  status: 'found',
  vintage: 'revised',
  source: 'a-source',
  note: '',
  original: { value, unit: 'CNY billion' },
  rate: null,
  yearStatus: null,
  basis: null,
  release: null,
  basisBreak: false,
  vintageBreak: false,
});
const series = (place: string, points: Point[]): Series => ({
  place,
  name: { en: place, zh: place },
  geography: `${place}-city`,
  geographyName: { en: `${place} city`, zh: place },
  points,
});

const A = series('a', [point(2020, 10), point(2021, 5000, 'more_than'), point(2022, null)]);
const B = series('b', [point(2021, 7, 'about'), point(2030, 9), point(null, 3)]);

describe('gdpRows', () => {
  const { rows, points, hasValues } = gdpRows([A, B], [2020, 2022]);
  const row = (year: number) => rows.find((r) => r.year === year);

  const cases: [string, number, string, number | null | undefined][] = [
    ['a figure sits on its place’s line', 2020, 'a', 10],
    ['a lower bound is off the line …', 2021, 'a', null],
    ['… and in its own column', 2021, lowerBoundKey('a'), 5000],
    ['a missing figure is a gap', 2022, 'a', null],
    ['an approximate figure stays on the line', 2021, 'b', 7],
    ['a year without a figure is a gap', 2020, 'b', null],
    ['no lower bound where none was printed', 2020, lowerBoundKey('a'), undefined],
  ];
  it.each(cases)('%s', (_, year, column, value) => {
    expect(row(year)?.[column]).toBe(value);
  });

  it('has one row per year of the range, and drops the years outside it', () => {
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022]);
    expect(points.has('b:2030')).toBe(false);
  });

  it('indexes each point in the range for its tooltip, lower bounds too', () => {
    expect(points.get('a:2021')?.qualifier).toBe('more_than');
    expect(points.get('b:2021')?.geographyName.en).toBe('b city');
  });

  it('says whether anything has a value', () => {
    expect(hasValues).toBe(true);
    expect(gdpRows([series('c', [point(2020, null)])], [2020, 2022]).hasValues).toBe(false);
    expect(gdpRows([], [2020, 2022]).hasValues).toBe(false);
  });
});

describe('seriesPoints', () => {
  it('gives every point of every series with its place and geography, gaps included', () => {
    expect(
      seriesPoints([A, B]).map((r) => `${r.place}:${r.geography}:${r.point.year}:${r.point.value}`),
    ).toEqual([
      'a:a-city:2020:10',
      'a:a-city:2021:5000',
      'a:a-city:2022:null',
      'b:b-city:2021:7',
      'b:b-city:2030:9',
      'b:b-city:null:3',
    ]);
  });
});
