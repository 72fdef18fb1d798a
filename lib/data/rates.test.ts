import { describe, expect, it } from 'vitest';
import { FIXTURE_DATASET as dataset } from '@/lib/test-fixtures/dataset';
import { chooseRateSeries, rateFallbacks, rateIn } from './rates';
import type { ExchangeRate, RateSeries } from './schema';
import { findStats } from './stats';

const rate = (year: number, series: RateSeries, cnyPerUsd = 7): ExchangeRate => ({
  year,
  cnyPerUsd,
  series,
  status: 'found',
  source: 'fixture-rates',
});
// The shipped pattern in small: the Fed lacks 2016 and 2024, the PBOC stops in 2018, a communiqué has 2024.
const RATES = [
  rate(2015, 'fed_g5a'),
  rate(2017, 'fed_g5a'),
  rate(2024, 'derived_communique'),
  rate(2015, 'pboc_central_parity'),
  rate(2016, 'pboc_central_parity'),
  rate(2017, 'pboc_central_parity'),
];

describe('chooseRateSeries', () => {
  it.each([
    ['the preferred series where it covers every year', [2015, 2017], undefined, 'fed_g5a'],
    ['the next series where only it covers them all', [2015, 2016, 2017], undefined, 'pboc_central_parity'],
    ['none where no series covers them all', [2016, 2017, 2024], undefined, null],
    ['a year no series covers does not rule the others out', [2015, 2017, 2030], undefined, 'fed_g5a'],
    ['nothing to convert, nothing chosen', [], undefined, null],
    ['the pinned series, whatever it lacks', [2015, 2024], 'pboc_central_parity', 'pboc_central_parity'],
  ] as const)('%s', (_name, years, pinned, expected) => {
    expect(chooseRateSeries(RATES, years, pinned)).toBe(expected);
  });
});

describe('rateIn', () => {
  it.each([
    ['the chosen series', 2017, 'pboc_central_parity', 'pboc_central_parity'],
    ['nothing where the chosen series lacks the year', 2024, 'fed_g5a', undefined],
    ['the year’s preferred rate where none was chosen', 2016, null, 'pboc_central_parity'],
    ['the Fed first where none was chosen', 2017, null, 'fed_g5a'],
  ] as const)('%s', (_name, year, series, expected) => {
    expect(rateIn(RATES, year, series)?.series).toBe(expected);
  });
});

describe('rateFallbacks', () => {
  it.each([
    ['nothing used', [], { main: null, fallbacks: [] }],
    ['one series', [rate(2015, 'fed_g5a'), rate(2017, 'fed_g5a')], { main: 'fed_g5a', fallbacks: [] }],
    [
      'the series of most years, and the years that fall back',
      [
        rate(2015, 'fed_g5a'),
        rate(2016, 'pboc_central_parity'),
        rate(2017, 'fed_g5a'),
        rate(2024, 'derived_communique'),
      ],
      {
        main: 'fed_g5a',
        fallbacks: [
          { series: 'pboc_central_parity', years: [2016] },
          { series: 'derived_communique', years: [2024] },
        ],
      },
    ],
    [
      'a tie goes to the preferred series',
      [rate(2016, 'pboc_central_parity'), rate(2017, 'fed_g5a')],
      { main: 'fed_g5a', fallbacks: [{ series: 'pboc_central_parity', years: [2016] }] },
    ],
  ] as const)('%s', (_name, rates, expected) => {
    expect(rateFallbacks(rates)).toEqual(expected);
  });
});

describe('findStats in US dollars', () => {
  const usd = (query: Partial<Parameters<typeof findStats>[1]>) =>
    findStats(dataset, { metric: 'gdp', places: ['shanghai'], currency: 'USD', ...query });
  it('converts every year with the one series that covers them, and says which', () => {
    const result = usd({ to: 2022 });
    expect(result.rateSeries).toBe('fed_g5a');
    expect(result.rates.map((r) => r.series)).toEqual(['fed_g5a', 'fed_g5a']);
  });
  it('honours a pinned series, leaving a gap with why where it has no rate', () => {
    const result = usd({ to: 2022, rates: 'pboc_central_parity' });
    const points = result.series[0]?.points ?? [];
    expect(points.find((p) => p.year === 2017)?.rate?.cnyPerUsd).toBe(6.8);
    expect(points.find((p) => p.year === 2022)?.value).toBeNull();
    expect(points.find((p) => p.year === 2022)?.note).toMatch(/no pboc_central_parity exchange rate/);
    expect(result.rateSeries).toBe('pboc_central_parity');
  });
  it('chooses nothing where nothing is converted', () => {
    expect(usd({ currency: 'CNY' }).rateSeries).toBeNull();
  });
});
