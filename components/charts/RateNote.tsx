import type { StatsResponse } from '@/lib/api/stats-output';

const SERIES_NAME = {
  fed_g5a: 'Federal Reserve G.5A',
  pboc_central_parity: 'PBOC central parity',
  derived_communique: 'implied by a statistical communiqué (derived)',
} as const;

/** Which rates converted the figures on show, so a reader can redo the sum. */
export function RateNote({ rates }: { rates: StatsResponse['rates'] }) {
  if (rates.length === 0) return null;
  return (
    <p className="chart-note">
      Converted at each year’s average yuan per US dollar:{' '}
      {rates.map((rate, i) => (
        <span key={`${rate.series}-${rate.year}`}>
          {i > 0 ? '; ' : ''}
          {rate.year} {rate.cnyPerUsd} ({SERIES_NAME[rate.series]})
        </span>
      ))}
      .
    </p>
  );
}
