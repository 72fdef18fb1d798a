import { inYearRange, type YearRange } from '@/lib/domain';
import type { CooperationRow, Point } from './shape';

/**
 * What the area and cooperation panels' figures support, as data for one sentence each:
 * like the GDP panel's (comparison-sentence.ts), they name only what has a figure and carry
 * the caveats that apply.
 */

export type CooperationSentence =
  | { kind: 'none'; range: YearRange }
  | { kind: 'count'; range: YearRange; total: number; peak: { years: number[]; count: number } };

/** The links the chart counts in the years shown, and the year (or years, on a tie) with the most. */
export function cooperationSentence(rows: readonly CooperationRow[], range: YearRange): CooperationSentence {
  const shown = rows
    .filter((row) => inYearRange(row.year, range))
    .map((row) => ({
      year: row.year,
      count: Object.entries(row).reduce(
        (sum, [key, value]) => (key === 'year' ? sum : sum + (value ?? 0)),
        0,
      ),
    }));
  const total = shown.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return { kind: 'none', range };
  const most = Math.max(...shown.map((row) => row.count));
  return {
    kind: 'count',
    range,
    total,
    peak: { years: shown.filter((row) => row.count === most).map((row) => row.year), count: most },
  };
}

type AreaBar = { place: string; geographyName: { en: string; zh: string }; point: Point };

export type AreaCaveat = 'definitions' | 'unverified' | 'years';

export type AreaSentence =
  | { kind: 'none' }
  | { kind: 'largest'; largest: AreaBar; count: number; caveats: AreaCaveat[] };

/** The largest area shown and what a reader must weigh against it: each source draws its own boundary. */
export function areaSentence(bars: readonly AreaBar[]): AreaSentence {
  const valued = bars.filter((bar) => bar.point.value !== null);
  const [first] = valued;
  if (!first) return { kind: 'none' };
  const largest = valued.reduce(
    (best, bar) => ((bar.point.value ?? 0) > (best.point.value ?? 0) ? bar : best),
    first,
  );
  const caveats: AreaCaveat[] = [];
  if (valued.length > 1) caveats.push('definitions');
  if (valued.some((bar) => bar.point.status === 'found_secondary')) caveats.push('unverified');
  if (new Set(valued.map((bar) => bar.point.year)).size > 1) caveats.push('years');
  return { kind: 'largest', largest, count: valued.length, caveats };
}
