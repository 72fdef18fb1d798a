import { describe, expect, it } from 'vitest';
import { inYearRange, type YearRange, yearRangeOf, yearRangeOverlap } from './domain';

describe('inYearRange with yearRangeOf, as the API filters by from and to', () => {
  it.each([
    ['no bounds keep every year', undefined, undefined, 1990, true],
    ['no bounds keep an undated figure', undefined, undefined, null, true],
    ['from keeps its own year', 2016, undefined, 2016, true],
    ['from leaves out the year before', 2016, undefined, 2015, false],
    ['to keeps its own year', undefined, 2021, 2021, true],
    ['to leaves out the year after', undefined, 2021, 2022, false],
    ['both keep a year between', 2016, 2021, 2018, true],
    ['any bound leaves out an undated figure', 2016, undefined, null, false],
  ] as const)('%s', (_name, from, to, year, expected) => {
    expect(inYearRange(year, yearRangeOf(from, to))).toBe(expected);
  });
});

describe('yearRangeOverlap', () => {
  it.each<[string, YearRange, YearRange, YearRange | null]>([
    ['one inside the other', [2016, 2021], [2015, 2024], [2016, 2021]],
    ['overlapping at one end', [2010, 2018], [2015, 2024], [2015, 2018]],
    ['touching at one year', [2010, 2015], [2015, 2024], [2015, 2015]],
    ['apart', [2025, 2030], [2015, 2024], null],
  ])('%s', (_name, a, b, expected) => {
    expect(yearRangeOverlap(a, b)).toEqual(expected);
  });
});
