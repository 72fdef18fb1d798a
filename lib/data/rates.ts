import type { ExchangeRate, RateSeries } from './schema';

export const RATE_PREFERENCE: readonly RateSeries[] = [
  'fed_g5a',
  'pboc_central_parity',
  'derived_communique',
];

/**
 * The CNY-per-USD rate for a year: the Federal Reserve's G.5A annual average where
 * it exists, else the PBOC central parity, else the rate implied by a communiqué.
 */
export function rateForYear(rates: readonly ExchangeRate[], year: number): ExchangeRate | undefined {
  for (const series of RATE_PREFERENCE) {
    const rate = rates.find((r) => r.year === year && r.series === series);
    if (rate) return rate;
  }
  return undefined;
}

/**
 * The one rate series to convert a chart's years with: the pinned one if asked for,
 * else the most preferred series that has a rate for every year any series has one
 * for (a year no series covers is a gap whatever is chosen). Null where no single
 * series covers them: then each year takes its preferred rate (`rateForYear`).
 */
export function chooseRateSeries(
  rates: readonly ExchangeRate[],
  years: readonly number[],
  pinned?: RateSeries,
): RateSeries | null {
  if (pinned) return pinned;
  const convertible = [...new Set(years)].filter((year) => rates.some((r) => r.year === year));
  if (convertible.length === 0) return null;
  const covers = (series: RateSeries) =>
    convertible.every((year) => rates.some((r) => r.year === year && r.series === series));
  return RATE_PREFERENCE.find(covers) ?? null;
}

/** A year's rate in the chosen series, or its preferred rate where none was chosen. */
export function rateIn(
  rates: readonly ExchangeRate[],
  year: number,
  series: RateSeries | null,
): ExchangeRate | undefined {
  return series === null
    ? rateForYear(rates, year)
    : rates.find((r) => r.year === year && r.series === series);
}

/** The rates a chart used, read as one main series and the years that fall back to others. */
export function rateFallbacks(rates: readonly Pick<ExchangeRate, 'year' | 'series'>[]): {
  main: RateSeries | null;
  fallbacks: { series: RateSeries; years: number[] }[];
} {
  const yearsOf = (series: RateSeries) =>
    [...new Set(rates.filter((r) => r.series === series).map((r) => r.year))].sort((a, b) => a - b);
  const used = RATE_PREFERENCE.filter((series) => yearsOf(series).length > 0);
  if (used.length === 0) return { main: null, fallbacks: [] };
  const main = used.reduce((best, s) => (yearsOf(s).length > yearsOf(best).length ? s : best));
  return {
    main,
    fallbacks: used.filter((s) => s !== main).map((series) => ({ series, years: yearsOf(series) })),
  };
}
