import type { YearRange } from '@/lib/domain';
import { lowerBoundKey } from './gdp-rows';
import { type Point, type Series, type TimeRow, yearsIn } from './shape';

/**
 * Indexed and growth figures for the GDP panel, computed from each figure as its source
 * prints it (`original`), so no exchange rate enters: a ratio of two figures in one
 * currency is the same in any currency.
 */

/** Which way a figure built from a lower bound may be wrong: a lower bound on top gives at least, below gives at most. */
export type Bound = 'exact' | 'at_least' | 'at_most' | 'unknown';

/** Why a year of a line has no indexed figure. */
export type GapReason = 'no_figure' | 'unit_differs';

/** The weaker of two statuses decides a figure built from both (a reprint stays a reprint). */
const STATUS_WEAKNESS: Record<Point['status'], number> = {
  found: 0,
  seed: 1,
  found_secondary: 2,
  inferred: 3,
  derived: 4,
  not_found: 5,
};
const QUALIFIER_WEAKNESS: Record<Point['qualifier'], number> = { exact: 0, about: 1, more_than: 2 };

/** Division noise (110.00000000000001) trimmed to 12 significant digits. */
const tidy = (value: number) => Number(value.toPrecision(12));

const weaker = <T extends string>(rank: Record<T, number>, a: T, b: T): T => (rank[b] > rank[a] ? b : a);

/** The bound of a ratio top / bottom, from which of them is a lower bound. */
export function ratioBound(top: Pick<Point, 'qualifier'>, bottom: Pick<Point, 'qualifier'>): Bound {
  const topLower = top.qualifier === 'more_than';
  const bottomLower = bottom.qualifier === 'more_than';
  if (topLower && bottomLower) return 'unknown';
  if (topLower) return 'at_least';
  if (bottomLower) return 'at_most';
  return 'exact';
}

/** One line: the place's series with the most dated figures in the range (a place may have a gap-only series too). */
export function mainSeries(series: readonly Series[], range: YearRange): Series[] {
  const figures = (s: Series) =>
    s.points.filter(
      (p) => p.year !== null && p.year >= range[0] && p.year <= range[1] && p.original.value !== null,
    ).length;
  const best = new Map<string, Series>();
  for (const s of series) {
    const current = best.get(s.place);
    if (!current || figures(s) > figures(current)) best.set(s.place, s);
  }
  return [...best.values()];
}

/** The lines that have a figure in the range: what a panel draws, and names. */
export function linesWithFigures(series: readonly Series[], range: YearRange): Series[] {
  return mainSeries(series, range).filter((s) => figuresIn(s, range).length > 0);
}

/** A line's dated figures inside the range, in year order. */
const figuresIn = (s: Series, [from, to]: YearRange) =>
  s.points
    .filter(
      (p): p is Point & { year: number; original: { value: number } } =>
        p.year !== null && p.year >= from && p.year <= to && p.original.value !== null,
    )
    .sort((a, b) => a.year - b.year);

/** Whether the line changes what it measures after `from` up to and including `to` (a vintage or basis break). */
function breaksBetween(s: Series, from: number, to: number): number[] {
  return s.points
    .filter((p) => p.year !== null && p.year > from && p.year <= to && (p.vintageBreak || p.basisBreak))
    .map((p) => p.year as number);
}

export type IndexedPoint = {
  year: number;
  /** Base year = 100; null for a gap. */
  index: number | null;
  gap: GapReason | null;
  /** The source's note on a missing figure, where it gives one. */
  gapNote: string;
  /** The weaker qualifier and status of this figure and the base's, so a mark never claims more than both. */
  qualifier: Point['qualifier'];
  status: Point['status'];
  bound: Bound;
  /** Years after the base up to this one where the line breaks (vintage or basis): the index spans them. */
  breaks: number[];
  point: Point | null;
};

export type IndexedLine = {
  place: string;
  geography: string;
  geographyName: Series['geographyName'];
  baseYear: number | null;
  base: Point | null;
  points: IndexedPoint[];
};

/**
 * Each place indexed to its base year = 100: the first year of the range in which it has a
 * figure. Every year of the range gets a point; a year without a figure stays a gap, with why.
 */
export function indexedLines(series: readonly Series[], range: YearRange): IndexedLine[] {
  return mainSeries(series, range).map((s) => {
    const [base] = figuresIn(s, range);
    const points: IndexedPoint[] = [];
    for (let year = range[0]; year <= range[1]; year += 1) {
      const point = s.points.find((p) => p.year === year) ?? null;
      const gap = (reason: GapReason): IndexedPoint => ({
        year,
        index: null,
        gap: reason,
        gapNote: point?.note ?? '',
        qualifier: 'exact',
        status: point?.status ?? 'not_found',
        bound: 'exact',
        breaks: [],
        point,
      });
      if (!point || point.original.value === null || !base) {
        points.push(gap('no_figure'));
      } else if (point.original.unit !== base.original.unit) {
        points.push(gap('unit_differs'));
      } else {
        points.push({
          year,
          index: tidy((point.original.value / base.original.value) * 100),
          gap: null,
          gapNote: '',
          qualifier: weaker(QUALIFIER_WEAKNESS, point.qualifier, base.qualifier),
          status: weaker(STATUS_WEAKNESS, point.status, base.status),
          bound:
            year === base.year
              ? point.qualifier === 'more_than'
                ? 'at_least'
                : 'exact'
              : ratioBound(point, base),
          breaks: breaksBetween(s, base.year, year),
          point,
        });
      }
    }
    return {
      place: s.place,
      geography: s.geography,
      geographyName: s.geographyName,
      baseYear: base?.year ?? null,
      base: base ?? null,
      points,
    };
  });
}

/** The base year most lines share, and whether any line's differs (the chart says so). */
export function sharedBaseYear(lines: readonly IndexedLine[]): { year: number | null; differs: boolean } {
  const years = lines.map((l) => l.baseYear).filter((y): y is number => y !== null);
  if (years.length === 0) return { year: null, differs: false };
  const count = (y: number) => years.filter((x) => x === y).length;
  const year = years.reduce((best, y) =>
    count(y) > count(best) || (count(y) === count(best) && y < best) ? y : best,
  );
  return { year, differs: years.some((y) => y !== year) };
}

export type Growth = {
  place: string;
  geography: string;
  geographyName: Series['geographyName'];
  /** Compound average annual growth, as a fraction (0.05 = 5 % a year); null where it cannot be computed. */
  rate: number | null;
  /** The first and last years with a figure in the range; null where fewer than two figures. */
  years: YearRange | null;
  first: Point | null;
  last: Point | null;
  qualifier: Point['qualifier'];
  status: Point['status'];
  bound: Bound;
  breaks: number[];
  /** Why there is no rate: fewer than two figures in the range, or figures in different units. */
  gap: 'too_few_figures' | 'unit_differs' | null;
};

/**
 * Each place's average annual growth between its first and last figure in the range:
 * (last / first)^(1 / years) − 1. A place with fewer than two figures there has none.
 */
export function growthRates(series: readonly Series[], range: YearRange): Growth[] {
  return mainSeries(series, range).map((s) => {
    const figures = figuresIn(s, range);
    const first = figures[0];
    const last = figures[figures.length - 1];
    const common = { place: s.place, geography: s.geography, geographyName: s.geographyName };
    const none = (gap: Growth['gap']): Growth => ({
      ...common,
      rate: null,
      years: null,
      first: first ?? null,
      last: last ?? null,
      qualifier: 'exact',
      status: 'not_found',
      bound: 'exact',
      breaks: [],
      gap,
    });
    if (!first || !last || first.year === last.year) return none('too_few_figures');
    if (first.original.unit !== last.original.unit) return none('unit_differs');
    return {
      ...common,
      rate: (last.original.value / first.original.value) ** (1 / (last.year - first.year)) - 1,
      years: [first.year, last.year],
      first,
      last,
      qualifier: weaker(QUALIFIER_WEAKNESS, first.qualifier, last.qualifier),
      status: weaker(STATUS_WEAKNESS, first.status, last.status),
      bound: ratioBound(last, first),
      breaks: breaksBetween(s, first.year, last.year),
      gap: null,
    };
  });
}

/**
 * The indexed chart's rows: one per year, each place's index on its line, except an index
 * built on a lower bound, which goes to the place's lower-bound column to be drawn as a mark
 * of its own (as the levels chart draws lower bounds), never joined to the line.
 */
export function indexRows(lines: readonly IndexedLine[], range: YearRange): TimeRow[] {
  return yearsIn(range).map((year) => {
    const row = { year } as TimeRow;
    for (const line of lines) {
      const point = line.points.find((p) => p.year === year);
      const index = point?.index ?? null;
      const lowerBound = point !== undefined && point.qualifier === 'more_than';
      row[line.place] = lowerBound ? null : index;
      if (lowerBound) row[lowerBoundKey(line.place)] = index;
    }
    return row;
  });
}
