import type { YearRange } from '@/lib/domain';

/**
 * The year range as the view stores it: null for the whole span of the data, so that
 * "all years" is one URL however it was reached.
 */
export function viewYears(range: YearRange, bounds: YearRange): YearRange | null {
  return range[0] === bounds[0] && range[1] === bounds[1] ? null : range;
}

/** Whether a play has reached the last year of the data. */
export const atLastYear = (range: YearRange, bounds: YearRange) => range[1] >= bounds[1];

/**
 * Where a play starts: a range that already ends at the last year starts again at its
 * first year alone; any other range (a paused play, a range the reader set) goes on from it.
 */
export function playStart(range: YearRange | null, bounds: YearRange): YearRange {
  const [from, to] = range ?? bounds;
  return atLastYear([from, to], bounds) ? [from, from] : [from, to];
}

/** One year later or earlier at the end of the range, never before its start nor past the data. */
export function stepRange([from, to]: YearRange, bounds: YearRange, by: 1 | -1): YearRange {
  return [from, Math.min(Math.max(to + by, from), bounds[1])];
}
