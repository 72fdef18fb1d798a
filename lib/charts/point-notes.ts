import type { PopulationBasis, Vintage } from '@/lib/data/schema';
import type { Point, Series } from './shape';

/** What a reader must know about one figure beyond its value, status and source. */
export type PointNote =
  | { kind: 'vintageBreak'; vintage: Vintage; release: string | null }
  | { kind: 'basisBreak'; basis: PopulationBasis | null }
  | { kind: 'basis'; basis: PopulationBasis }
  | { kind: 'yearInferred' };

type NotedPoint = Pick<
  Point,
  'value' | 'vintage' | 'basis' | 'release' | 'basisBreak' | 'vintageBreak' | 'yearStatus'
>;

/** A figure's notes, breaks first: a break changes how the line may be read, the rest how one point may. */
export function pointNotes(point: NotedPoint): PointNote[] {
  if (point.value === null) return [];
  const notes: PointNote[] = [];
  if (point.vintageBreak)
    notes.push({ kind: 'vintageBreak', vintage: point.vintage, release: point.release });
  if (point.basisBreak) notes.push({ kind: 'basisBreak', basis: point.basis });
  else if (point.basis) notes.push({ kind: 'basis', basis: point.basis });
  if (point.yearStatus === 'inferred') notes.push({ kind: 'yearInferred' });
  return notes;
}

/** Whether the line changes what it measures at this figure. */
export const isBreak = (point: Pick<Point, 'value' | 'basisBreak' | 'vintageBreak'>) =>
  point.value !== null && (point.basisBreak || point.vintageBreak);

/** Why a place has no bar in the year a chart compares. */
export type ChartGap = {
  place: string;
  geographyName: Series['geographyName'];
  /** `none`: no figure in any year, with the data's reason; `year`: figures exist, only not this year. */
  reason: 'none' | 'year';
  latestYear: number | null;
};

/** Every requested place without a figure in `year`, with why; the chart lists them instead of dropping them. */
export function comparisonGaps(series: readonly Series[], year: number | null): ChartGap[] {
  const gaps: ChartGap[] = [];
  for (const s of series) {
    const valued = s.points.filter((p) => p.value !== null && p.year !== null);
    if (year !== null && valued.some((p) => p.year === year)) continue;
    const years = valued.map((p) => p.year as number);
    gaps.push({
      place: s.place,
      geographyName: s.geographyName,
      reason: valued.length === 0 ? 'none' : 'year',
      latestYear: years.length > 0 ? Math.max(...years) : null,
    });
  }
  return gaps;
}

/** Every figure at which a line breaks, in series order: the footnote's list. */
export function lineBreaks(series: readonly Series[]): { place: string; year: number; point: Point }[] {
  return series.flatMap((s) =>
    s.points
      .filter((p) => p.year !== null && isBreak(p))
      .map((point) => ({ place: s.place, year: point.year as number, point })),
  );
}
