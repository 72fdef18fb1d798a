import type { CompareMode, YearRange } from '@/lib/domain';
import { differingKinds, type GeographyKind } from './geography-kind';
import { type Bound, growthRates, indexedLines, mainSeries } from './growth';
import type { Point, Series } from './shape';

/**
 * What one sentence under the GDP panel may claim from the figures shown, and the caveats
 * that go with it. It names only places with a figure in the years shown, and says which
 * place leads only where the figures (lower bounds included) support that order.
 */

/** One place's figure as the sentence compares it: a level, an index or a growth rate. */
export type Compared = {
  place: string;
  value: number;
  bound: Bound;
  /** The year of a level or index; the years of a growth rate. */
  years: YearRange;
  /** The index's base year. */
  baseYear: number | null;
};

export type Claim =
  | { kind: 'nothing' }
  /** Only one place has a figure that can be compared. */
  | { kind: 'single'; figure: Compared }
  | { kind: 'leader'; figure: Compared; compared: number }
  /** Two or more figures, but lower bounds or a tie leave their order open. */
  | { kind: 'undecided'; compared: number; year: number | null };

export type Caveat =
  | { kind: 'geographies'; kinds: GeographyKind[] }
  | { kind: 'converted'; series: string[] }
  | { kind: 'estimate' }
  | { kind: 'unverified' }
  | { kind: 'derived' }
  | { kind: 'approximate' }
  | { kind: 'lowerBound' }
  | { kind: 'breaks' }
  | { kind: 'baseYears' }
  | { kind: 'periods' }
  /** How many of the panel's places have nothing comparable (never their names). */
  | { kind: 'missing'; count: number }
  /** Per-capita figures divided by populations counted differently (registered, resident estimate, census). */
  | { kind: 'bases' };

/** What the figures measure: the GDP panel's totals, or the per-capita panel's figures (compared as levels). */
export type ComparedMetric = 'gdp' | 'gdp_per_capita';

export type ComparisonSentence = {
  mode: CompareMode;
  metric: ComparedMetric;
  claim: Claim;
  caveats: Caveat[];
};

type Entry = Compared & { geography: string; points: Point[]; breaks: boolean };

/** The leader, where the bounds allow: its figure at least its value, every other's at most theirs, no tie. */
function leaderOf(entries: readonly Entry[]): Entry | null {
  const sorted = [...entries].sort((a, b) => b.value - a.value);
  const [top, second] = sorted;
  if (!top || !second || top.value === second.value) return null;
  if (top.bound === 'at_most' || top.bound === 'unknown') return null;
  const othersFirm = sorted.slice(1).every((e) => e.bound === 'exact' || e.bound === 'at_most');
  return othersFirm ? top : null;
}

/** The latest year in which the most places have a figure; ties go to the later year. */
function bestYear(yearsByPlace: readonly number[][]): number | null {
  const counts = new Map<number, number>();
  for (const years of yearsByPlace) for (const y of new Set(years)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) {
    const current = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > current || (count === current && year > (best ?? 0))) best = year;
  }
  return best;
}

const levelBound = (point: Point): Bound => (point.qualifier === 'more_than' ? 'at_least' : 'exact');

function levelEntries(series: readonly Series[], range: YearRange): Entry[] {
  const lines = mainSeries(series, range);
  const dated = (s: Series) =>
    s.points.filter(
      (p): p is Point & { year: number; value: number } =>
        p.year !== null && p.year >= range[0] && p.year <= range[1] && p.value !== null,
    );
  const year = bestYear(lines.map((s) => dated(s).map((p) => p.year)));
  return lines.flatMap((s) => {
    const point = dated(s).find((p) => p.year === year);
    if (!point) return [];
    return [
      {
        place: s.place,
        geography: s.geography,
        value: point.value,
        bound: levelBound(point),
        years: [point.year, point.year] as const,
        baseYear: null,
        points: [point],
        breaks: false,
      },
    ];
  });
}

function indexEntries(series: readonly Series[], range: YearRange): Entry[] {
  const lines = indexedLines(series, range).filter((l) => l.base !== null);
  // A base year's own 100 compares nothing: only the years after it count.
  const later = (line: (typeof lines)[number]) =>
    line.points.filter((p) => p.index !== null && line.baseYear !== null && p.year > line.baseYear);
  const year = bestYear(lines.map((l) => later(l).map((p) => p.year)));
  return lines.flatMap((line) => {
    const point = later(line).find((p) => p.year === year);
    if (!point || point.index === null || !point.point || !line.base) return [];
    return [
      {
        place: line.place,
        geography: line.geography,
        value: point.index,
        bound: point.bound,
        years: [point.year, point.year] as const,
        baseYear: line.baseYear,
        points: [line.base, point.point],
        breaks: point.breaks.length > 0,
      },
    ];
  });
}

function growthEntries(series: readonly Series[], range: YearRange): Entry[] {
  return growthRates(series, range).flatMap((g) =>
    g.rate === null || !g.years || !g.first || !g.last
      ? []
      : [
          {
            place: g.place,
            geography: g.geography,
            value: g.rate,
            bound: g.bound,
            years: g.years,
            baseYear: null,
            points: [g.first, g.last],
            breaks: g.breaks.length > 0,
          },
        ],
  );
}

const ENTRIES: Record<CompareMode, (series: readonly Series[], range: YearRange) => Entry[]> = {
  levels: levelEntries,
  index: indexEntries,
  growth: growthEntries,
};

function caveatsOf(mode: CompareMode, entries: readonly Entry[], places: readonly string[]): Caveat[] {
  const points = entries.flatMap((e) => e.points);
  const caveats: Caveat[] = [];
  const kinds = differingKinds(entries.map((e) => e.geography));
  if (kinds.length > 0) caveats.push({ kind: 'geographies', kinds });
  if (mode === 'levels') {
    const series = [...new Set(points.flatMap((p) => (p.rate ? [p.rate.series] : [])))].sort();
    if (series.length > 0) caveats.push({ kind: 'converted', series });
  }
  if (points.some((p) => p.vintage === 'estimate')) caveats.push({ kind: 'estimate' });
  if (points.some((p) => p.status === 'found_secondary')) caveats.push({ kind: 'unverified' });
  if (points.some((p) => p.status === 'derived' || p.status === 'inferred'))
    caveats.push({ kind: 'derived' });
  if (points.some((p) => p.qualifier === 'about')) caveats.push({ kind: 'approximate' });
  if (points.some((p) => p.qualifier === 'more_than')) caveats.push({ kind: 'lowerBound' });
  if (entries.some((e) => e.breaks)) caveats.push({ kind: 'breaks' });
  if (new Set(points.flatMap((p) => (p.basis ? [p.basis] : []))).size > 1) caveats.push({ kind: 'bases' });
  if (mode === 'index' && new Set(entries.map((e) => e.baseYear)).size > 1)
    caveats.push({ kind: 'baseYears' });
  if (mode === 'growth' && new Set(entries.map((e) => e.years.join('-'))).size > 1)
    caveats.push({ kind: 'periods' });
  const missing = places.filter((p) => !entries.some((e) => e.place === p)).length;
  if (missing > 0 && entries.length > 0) caveats.push({ kind: 'missing', count: missing });
  return caveats;
}

const compared = ({ place, value, bound, years, baseYear }: Entry): Compared => ({
  place,
  value,
  bound,
  years,
  baseYear,
});

/**
 * The sentence for the GDP panel: in levels, the largest figure in the latest year most
 * places share; indexed, the highest index in that year; in growth, the fastest average
 * annual growth over each place's years in the range. The per-capita panel's is its levels
 * sentence (`metric`), about the same year its bars show.
 */
export function comparisonSentence(
  mode: CompareMode,
  series: readonly Series[],
  range: YearRange,
  places: readonly string[],
  metric: ComparedMetric = 'gdp',
): ComparisonSentence {
  const entries = ENTRIES[mode](series, range);
  const caveats = caveatsOf(mode, entries, places);
  const [only] = entries;
  if (!only) return { mode, metric, claim: { kind: 'nothing' }, caveats };
  if (entries.length === 1)
    return { mode, metric, claim: { kind: 'single', figure: compared(only) }, caveats };
  const leader = leaderOf(entries);
  const year = mode === 'growth' ? null : only.years[0];
  return {
    mode,
    metric,
    claim: leader
      ? { kind: 'leader', figure: compared(leader), compared: entries.length }
      : { kind: 'undecided', compared: entries.length, year },
    caveats,
  };
}

/** The places a sentence names: only ever ones with a figure in the years shown. */
export function namedPlaces(sentence: ComparisonSentence): string[] {
  const { claim } = sentence;
  return claim.kind === 'single' || claim.kind === 'leader' ? [claim.figure.place] : [];
}
