import { describe, expect, it } from 'vitest';
import { inYearRange } from './params';

describe('inYearRange', () => {
  it.each([
    ['no range: every year', 1990, null, true],
    ['the first year of the range', 2016, [2016, 2021], true],
    ['the last year of the range', 2021, [2016, 2021], true],
    ['a year before it', 2015, [2016, 2021], false],
    ['a year after it', 2022, [2016, 2021], false],
    ['a range of one year', 2019, [2019, 2019], true],
  ] as const)('%s', (_name, year, years, expected) => {
    expect(inYearRange(year, years)).toBe(expected);
  });
});
