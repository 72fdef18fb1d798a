import { describe, expect, it } from 'vitest';
import { chartRange } from './panels';

describe('chartRange', () => {
  it.each([
    ['no range', null, [2015, 2024]],
    ['a range inside', [2016, 2021], [2016, 2021]],
    ['a range reaching outside', [2010, 2018], [2015, 2018]],
    ['a range wholly outside', [2025, 2030], [2025, 2030]],
  ] as const)('%s', (_name, years, expected) => {
    expect(chartRange(years)).toEqual(expected);
  });
});
