import type { ExchangeRate, RateSeries } from './schema';

const RATE_PREFERENCE: readonly RateSeries[] = ['fed_g5a', 'pboc_central_parity', 'derived_communique'];

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
