import type { LinkList } from '@/lib/api/contract/links';
import type { StatsResponse } from '@/lib/api/contract/stats';
import type { LinkKind, YearRange } from '@/lib/domain';

export type Point = StatsResponse['series'][number]['points'][number];
export type Series = StatsResponse['series'][number];

/** Years the economic charts cover; the data starts in 2015. */
export const CHART_YEARS: YearRange = [2015, 2024];

export function yearsIn([from, to]: YearRange): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export type TimeRow = { year: number } & Record<string, number | null>;

/**
 * One row per year with a value per place for a line chart. Gaps stay null, so
 * the line breaks rather than bridging them; lower bounds ("over 5 trillion") are
 * kept off the line and returned apart, to be drawn as marks of their own.
 */
export function timeRows(series: readonly Series[], range: YearRange) {
  const rows: TimeRow[] = yearsIn(range).map((year) => ({ year }) as TimeRow);
  const points = new Map<
    string,
    Point & { place: string; geography: string; geographyName: Series['geographyName'] }
  >();
  const lowerBounds: { place: string; year: number; value: number }[] = [];
  for (const s of series) {
    for (const point of s.points) {
      if (point.year === null) continue;
      const row = rows.find((r) => r.year === point.year);
      if (!row) continue;
      points.set(`${s.place}:${point.year}`, {
        ...point,
        place: s.place,
        geography: s.geography,
        geographyName: s.geographyName,
      });
      if (point.value !== null && point.qualifier === 'more_than') {
        lowerBounds.push({ place: s.place, year: point.year, value: point.value });
        row[s.place] = null;
      } else {
        row[s.place] = point.value;
      }
    }
    for (const row of rows) if (!(s.place in row)) row[s.place] = null;
  }
  return { rows, points, lowerBounds };
}

/**
 * The year to compare places in: the latest year in which the most places have
 * a figure (ties go to the later year). Places without a figure that year are
 * listed as missing rather than filled from another year.
 */
export function comparisonYear(series: readonly Series[]) {
  const byYear = new Map<
    number,
    { place: string; geography: string; geographyName: Series['geographyName']; point: Point }[]
  >();
  for (const s of series) {
    for (const point of s.points) {
      if (point.year === null || point.value === null) continue;
      const list = byYear.get(point.year) ?? [];
      list.push({ place: s.place, geography: s.geography, geographyName: s.geographyName, point });
      byYear.set(point.year, list);
    }
  }
  let best: number | null = null;
  for (const [year, list] of byYear) {
    const current = best === null ? undefined : byYear.get(best);
    if (!current || list.length > current.length || (list.length === current.length && year > (best ?? 0))) {
      best = year;
    }
  }
  const bars = best === null ? [] : (byYear.get(best) ?? []);
  const present = new Set(bars.map((b) => b.place));
  const missing = [...new Set(series.map((s) => s.place))].filter((p) => !present.has(p));
  return { year: best, bars, missing };
}

/** Every point of every series, gaps included, with the place and geography it belongs to: a table's rows. */
export function seriesPoints(series: readonly Series[]) {
  return series.flatMap((s) =>
    s.points.map((point) => ({
      place: s.place,
      geography: s.geography,
      geographyName: s.geographyName,
      point,
    })),
  );
}

/** Every dated or undated figure of each series as one bar (park and zone areas). */
export function figureBars(series: readonly Series[]) {
  return seriesPoints(series).filter((row) => row.point.value !== null);
}

export type CooperationRow = { year: number } & Partial<Record<LinkKind, number>>;

/** Links counted by year and kind, for every year of the range (zero is a real count here). */
export function linksByYear(links: LinkList, range: YearRange, kinds: readonly LinkKind[]): CooperationRow[] {
  return yearsIn(range).map((year) => {
    const row: CooperationRow = { year };
    for (const kind of kinds) {
      row[kind] = links.features.filter(
        (f) => f.properties.year === year && f.properties.kind === kind,
      ).length;
    }
    return row;
  });
}

/** The range covering every link, widened to the chart years. */
export function linkYearBounds(links: LinkList): YearRange {
  const years = links.features.map((f) => f.properties.year);
  return [Math.min(CHART_YEARS[0], ...years), Math.max(CHART_YEARS[1], ...years)];
}
