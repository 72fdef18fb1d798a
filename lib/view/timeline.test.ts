import { describe, expect, it } from 'vitest';
import type { YearRange } from '@/lib/domain';
import { atLastYear, playStart, stepRange, viewYears } from './timeline';

const BOUNDS: YearRange = [2015, 2024];

describe('viewYears', () => {
  it.each([
    [[2015, 2024], null],
    [
      [2015, 2016],
      [2015, 2016],
    ],
    [
      [2016, 2024],
      [2016, 2024],
    ],
  ] as const)('%j → %j', (range, expected) => {
    expect(viewYears([...range], BOUNDS)).toEqual(expected);
  });
});

describe('playStart', () => {
  it.each([
    ['the whole span starts at its first year', null, [2015, 2015]],
    ['a range ending at the last year starts at its own first year', [2018, 2024], [2018, 2018]],
    ['a paused play goes on', [2015, 2019], [2015, 2019]],
    ['a range the reader set goes on', [2017, 2020], [2017, 2020]],
  ] as const)('%s', (_, range, expected) => {
    expect(playStart(range ? [...range] : null, BOUNDS)).toEqual(expected);
  });
});

describe('stepRange', () => {
  it.each([
    [[2015, 2015], 1, [2015, 2016]],
    [[2015, 2016], -1, [2015, 2015]],
    [[2015, 2015], -1, [2015, 2015]],
    [[2015, 2024], 1, [2015, 2024]],
    [[2019, 2023], 1, [2019, 2024]],
  ] as const)('%j by %d → %j', (range, by, expected) => {
    expect(stepRange([...range], BOUNDS, by)).toEqual(expected);
  });
});

describe('atLastYear', () => {
  it.each([
    [[2015, 2024], true],
    [[2015, 2023], false],
  ] as const)('%j → %s', (range, expected) => {
    expect(atLastYear([...range], BOUNDS)).toBe(expected);
  });
});
