import { describe, expect, it } from 'vitest';
import { convertCurrency, displayUnit, toDisplayScale } from './units';

describe('toDisplayScale', () => {
  it.each([
    ['CNY billion stays billions', 510.8, 'CNY billion', 'money_billion', 510.8],
    ['USD million becomes billions', 406675, 'USD million', 'money_billion', 406.675],
    ['10k persons becomes persons', 2419.7, '10k persons', 'persons', 24_197_000],
    ['yuan per person stays', 54445, 'CNY', 'money', 54445],
    ['km² stays', 119.5, 'km2', 'area', 119.5],
    ['percent stays', 21.2, 'percent per year', 'percent_per_year', 21.2],
  ] as const)('%s', (_name, value, unit, quantity, expected) => {
    expect(toDisplayScale(value, unit, quantity)).toBe(expected);
  });

  it('refuses a unit that cannot express the quantity', () => {
    expect(() => toDisplayScale(94, 'km2', 'persons')).toThrow(/cannot express/);
  });
});

describe('convertCurrency', () => {
  it.each([
    ['yuan to dollars at the 2017 Fed rate', 510.8, 'CNY', 'USD', 6.7569, 75.5967973479],
    ['dollars to yuan at the 2017 Fed rate', 439.144, 'USD', 'CNY', 6.7569, 2967.2520936],
    ['same currency is untouched', 123.456, 'USD', 'USD', 7.1, 123.456],
  ] as const)('%s', (_name, value, from, to, rate, expected) => {
    expect(convertCurrency(value, from, to, rate)).toBeCloseTo(expected, 6);
  });

  it('round-trips through the other currency', () => {
    expect(convertCurrency(convertCurrency(3292.5, 'CNY', 'USD', 6.7569), 'USD', 'CNY', 6.7569)).toBeCloseTo(
      3292.5,
      8,
    );
  });
});

describe('displayUnit', () => {
  it.each([
    ['money_billion', 'USD', 'USD billion'],
    ['money', 'CNY', 'CNY'],
    ['area', 'CNY', 'km2'],
  ] as const)('%s in %s is %s', (quantity, currency, unit) => {
    expect(displayUnit(quantity, currency)).toBe(unit);
  });
});
