import { describe, expect, it } from 'vitest';
import { fixtureSeries, yearly } from '@/lib/test-fixtures/series';
import { cooperationAxes, timeAxes } from './chart-axes';
import { gdpRows, lowerBoundKey } from './gdp-rows';
import { indexSeries, levelSeries } from './gdp-sketch';
import { indexedLines, indexRows } from './growth';

const RANGE = [2020, 2023] as const;
const colourOf = (place: string) => `colour-of-${place}`;

/** A's figures in full, B with a gap, a reprinted figure and a lower bound. */
const SERIES = [
  fixtureSeries('a', yearly({ 2020: 100, 2021: 110, 2022: 121, 2023: 133.1 })),
  fixtureSeries('b', [
    { year: 2020, value: 50 },
    { year: 2021, value: null },
    { year: 2022, value: 60, status: 'found_secondary', vintageBreak: true },
    { year: 2023, value: 500, qualifier: 'more_than' },
  ]),
];

const marksOf = (series: ReturnType<typeof levelSeries>, key: string) =>
  series
    .find((s) => s.key === key)
    ?.points.map((p) => (p.mark ? `${p.mark}${p.breaks ? '+break' : ''}` : null));

describe('levelSeries', () => {
  const { rows, points } = gdpRows(SERIES, RANGE);
  const series = levelSeries(rows, points, ['a', 'b'], colourOf);

  it.each([
    { key: 'a', marks: ['published', 'published', 'published', 'published'], joined: true },
    { key: 'b', marks: ['published', null, 'unverified+break', null], joined: true },
    { key: lowerBoundKey('b'), marks: [null, null, null, 'lower_bound'], joined: false },
    { key: lowerBoundKey('a'), marks: [null, null, null, null], joined: false },
  ])('$key: a mark per figure, as firm as the figure', ({ key, marks, joined }) => {
    expect(marksOf(series, key)).toEqual(marks);
    expect(series.find((s) => s.key === key)?.joined).toBe(joined);
  });

  it('draws every line before any lower bound, each in its place’s colour', () => {
    expect(series.map((s) => [s.key, s.colour])).toEqual([
      ['a', 'colour-of-a'],
      ['b', 'colour-of-b'],
      [lowerBoundKey('a'), 'colour-of-a'],
      [lowerBoundKey('b'), 'colour-of-b'],
    ]);
  });

  it('takes the lower bound into the axis, as Recharts’ own domain would', () => {
    const axes = timeAxes(rows, ['a', 'b', lowerBoundKey('a'), lowerBoundKey('b')], true);
    expect(axes.years).toEqual([2020, 2021, 2022, 2023]);
    expect(axes.y.domain).toEqual([0, 600]);
    expect(timeAxes(rows, ['a', 'b'], true).y.domain).toEqual([0, 150]);
  });
});

describe('indexSeries', () => {
  const lines = indexedLines(SERIES, RANGE);
  const rows = indexRows(lines, RANGE);
  const series = indexSeries(rows, lines, ['a', 'b'], colourOf);

  it.each([
    { key: 'a', values: [100, 110, 121, 133.1], marks: ['published', 'published', 'published', 'published'] },
    { key: 'b', values: [100, null, 120, null], marks: ['published', null, 'unverified', null] },
    { key: lowerBoundKey('b'), values: [null, null, null, 1000], marks: [null, null, null, 'lower_bound'] },
  ])('$key', ({ key, values, marks }) => {
    const line = series.find((s) => s.key === key);
    expect(line?.points.map((p) => p.value)).toEqual(values);
    expect(marksOf(series, key)).toEqual(marks);
  });

  it.each([
    { name: 'the lines alone, without zero', columns: ['a', 'b'], domain: [100, 140] },
    { name: 'with the lower bound', columns: ['a', 'b', lowerBoundKey('b')], domain: [0, 1000] },
  ])('gives the index an axis of its values: $name', ({ columns, domain }) => {
    expect(timeAxes(rows, columns, false).y.domain).toEqual(domain);
  });
});

describe('cooperationAxes', () => {
  it.each([
    {
      name: 'up to the highest year’s stack',
      rows: [
        { year: 2020, enterprise_park: 1, technology_transfer: 2 },
        { year: 2021, enterprise_park: 0, technology_transfer: 1 },
      ],
      domain: [0, 3],
    },
    { name: 'a year of no links at all', rows: [{ year: 2020, enterprise_park: 0 }], domain: [0, 1] },
  ])('$name', ({ rows, domain }) => {
    expect(cooperationAxes(rows, ['enterprise_park', 'technology_transfer']).y.domain).toEqual(domain);
  });
});
