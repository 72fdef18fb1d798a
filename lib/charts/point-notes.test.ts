import { describe, expect, it } from 'vitest';
import { comparisonGaps, isBreak, lineBreaks, pointNotes } from './point-notes';
import type { Point, Series } from './shape';

const point = (over: Partial<Point> = {}): Point => ({
  year: 2020,
  value: 10,
  qualifier: 'exact',
  unit: 'CNY billion',
  status: 'found',
  vintage: 'first_published',
  source: 'fixture-atlas',
  note: '',
  original: { value: 10, unit: 'CNY billion' },
  rate: null,
  yearStatus: null,
  basis: null,
  release: null,
  basisBreak: false,
  vintageBreak: false,
  ...over,
});

describe('pointNotes', () => {
  it.each([
    ['a plain figure', point(), []],
    ['a gap, whatever it says', point({ value: null, vintageBreak: true, basis: 'registered' }), []],
    [
      'a vintage break names the new vintage and release',
      point({ vintageBreak: true, vintage: 'revised', release: 'BEA 2023' }),
      [{ kind: 'vintageBreak', vintage: 'revised', release: 'BEA 2023' }],
    ],
    [
      'a basis break replaces the plain basis note',
      point({ basisBreak: true, basis: 'resident_census' }),
      [{ kind: 'basisBreak', basis: 'resident_census' }],
    ],
    ['a basis without a break', point({ basis: 'registered' }), [{ kind: 'basis', basis: 'registered' }]],
    ['an inferred year', point({ yearStatus: 'inferred' }), [{ kind: 'yearInferred' }]],
    [
      'breaks come first',
      point({ yearStatus: 'inferred', basis: 'registered', vintageBreak: true }),
      [
        { kind: 'vintageBreak', vintage: 'first_published', release: null },
        { kind: 'basis', basis: 'registered' },
        { kind: 'yearInferred' },
      ],
    ],
  ] as const)('%s', (_, input, expected) => {
    expect(pointNotes(input)).toEqual(expected);
  });
});

describe('isBreak', () => {
  it.each([
    [point(), false],
    [point({ vintageBreak: true }), true],
    [point({ basisBreak: true }), true],
    [point({ value: null, basisBreak: true }), false],
  ])('%#', (input, expected) => {
    expect(isBreak(input)).toBe(expected);
  });
});

const series = (place: string, points: Point[]): Series => ({
  place,
  name: { en: place, zh: place },
  geography: `${place} geography`,
  geographyName: { en: `${place} geography`, zh: `${place}地域` },
  points,
});

describe('comparisonGaps', () => {
  const shown = series('suzhou', [point({ year: 2021 })]);
  const otherYears = series('shaoxing', [
    point({ year: 2017 }),
    point({ year: 2019 }),
    point({ year: 2021, value: null }),
  ]);
  const none = series('boston', [point({ year: null, value: null, status: 'not_found' })]);

  it('lists a place with no figure at all, and one with figures in other years only', () => {
    expect(comparisonGaps([shown, otherYears, none], 2021)).toEqual([
      { place: 'shaoxing', geographyName: otherYears.geographyName, reason: 'year', latestYear: 2019 },
      { place: 'boston', geographyName: none.geographyName, reason: 'none', latestYear: null },
    ]);
  });

  it('lists every place when no year is compared', () => {
    expect(comparisonGaps([shown, none], null).map((g) => [g.place, g.reason])).toEqual([
      ['suzhou', 'year'],
      ['boston', 'none'],
    ]);
  });

  it('lists nothing when every place has the year', () => {
    expect(comparisonGaps([shown], 2021)).toEqual([]);
  });
});

describe('lineBreaks', () => {
  it('lists each break with its place and year, and nothing for a gap', () => {
    const broken = point({ year: 2021, vintageBreak: true });
    const list = lineBreaks([
      series('shanghai', [
        point({ year: 2020 }),
        broken,
        point({ year: 2022, value: null, vintageBreak: true }),
      ]),
      series('boston', [point({ year: 2017 })]),
    ]);
    expect(list).toEqual([{ place: 'shanghai', year: 2021, point: broken }]);
  });
});
