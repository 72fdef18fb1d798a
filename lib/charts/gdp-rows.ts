import type { YearRange } from '@/lib/domain';
import { type Series, type TimeRow, timeRows } from './shape';

/** The row column holding a place's lower bound: a line of marks of its own, never joined. */
export const lowerBoundKey = (place: string) => `${place}__over`;

/**
 * The GDP chart's rows: one per year, a value per place for its line, and each lower
 * bound ("over 5 trillion") in its place's lower-bound column, so it is drawn as a
 * mark beside the line rather than on it. `hasValues` says whether anything is drawn.
 */
export function gdpRows(series: readonly Series[], range: YearRange) {
  const { rows, points, lowerBounds } = timeRows(series, range);
  const withBounds: TimeRow[] = rows.map((row) => ({ ...row }));
  for (const bound of lowerBounds) {
    const row = withBounds.find((r) => r.year === bound.year);
    if (row) row[lowerBoundKey(bound.place)] = bound.value;
  }
  const hasValues = series.some((s) => s.points.some((p) => p.value !== null));
  return { rows: withBounds, points, hasValues };
}
