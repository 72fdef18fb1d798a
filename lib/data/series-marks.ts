import type { Dataset } from './load';
import type { PopulationBasis, Stat, Vintage } from './schema';
import {
  allStats,
  findStats,
  type StatPoint,
  type StatSeries,
  type StatsQuery,
  type StatsResult,
} from './stats';
import { sourceUnitCurrency } from './units';

/** What a point carries beyond the figure: how its year, basis and release were read, and where its line breaks. */
export type PointMarks = {
  yearStatus: 'inferred' | null;
  basis: PopulationBasis | null;
  release: string | null;
  /** The population basis differs from the previous figure's in the same line. */
  basisBreak: boolean;
  /** The vintage or data release differs from the previous figure's in the same line. */
  vintageBreak: boolean;
};

export type MarkedPoint = StatPoint & PointMarks;
export type MarkedSeries = Omit<StatSeries, 'points'> & { points: MarkedPoint[] };
export type MarkedStatsResult = Omit<StatsResult, 'series'> & { series: MarkedSeries[] };

type BreakInput = {
  value: number | null;
  vintage: Vintage;
  basis: PopulationBasis | null;
  release: string | null;
};

/**
 * Where a line changes what it measures, point by point against the previous figure
 * (gaps are skipped: a line resumes after a gap without a break unless its figures differ).
 * An unknown basis or release breaks nothing: only two known, different ones do.
 */
export function seriesBreaks(
  points: readonly BreakInput[],
): { basisBreak: boolean; vintageBreak: boolean }[] {
  let previous: BreakInput | undefined;
  return points.map((point) => {
    if (point.value === null) return { basisBreak: false, vintageBreak: false };
    const differ = (a: string | null | undefined, b: string | null) => a != null && b !== null && a !== b;
    const marks = {
      basisBreak: differ(previous?.basis, point.basis),
      vintageBreak:
        previous !== undefined &&
        (previous.vintage !== point.vintage || differ(previous.release, point.release)),
    };
    previous = point;
    return marks;
  });
}

const statKey = (s: {
  place: string;
  geography: string;
  metric: string;
  year: number | null;
  source: string;
  vintage: string;
  status: string;
  value: number | null;
}) => [s.place, s.geography, s.metric, s.year, s.source, s.vintage, s.status, s.value].join('\u0000');

const statIndex = new WeakMap<Dataset, Map<string, Stat>>();

function statFor(dataset: Dataset, key: string): Stat | undefined {
  let index = statIndex.get(dataset);
  if (!index) {
    index = new Map(allStats(dataset).map((s) => [statKey(s), s]));
    statIndex.set(dataset, index);
  }
  return index.get(key);
}

/** The query's series with each point's marks, read back from the figure the point was made from. */
export function markSeries(dataset: Dataset, result: StatsResult): MarkedStatsResult {
  const series = result.series.map((s) => {
    const facts = s.points.map((point) => {
      const stat = statFor(
        dataset,
        statKey({
          ...point,
          place: s.place,
          geography: s.geography,
          metric: result.metric,
          value: point.original.value,
        }),
      );
      return {
        yearStatus: stat?.yearStatus ?? null,
        basis: stat?.basis ?? null,
        release: stat?.release ?? null,
        vintage: point.vintage,
        value: point.value,
      };
    });
    const breaks = seriesBreaks(facts);
    const points = s.points.map((point, i) => {
      const { yearStatus, basis, release } = facts[i] as (typeof facts)[number];
      return { ...point, yearStatus, basis, release, ...(breaks[i] as (typeof breaks)[number]) };
    });
    return { ...s, points };
  });
  return { ...result, series };
}

const listYears = (stats: readonly Stat[]) =>
  [...new Set(stats.map((s) => s.year).filter((y): y is number => y !== null))].sort().join(', ') || 'none';

/**
 * Why a place has no GDP per capita in any year (null where it has one, or no GDP row
 * at all): no source prints one, and no year has both a GDP figure and a resident
 * population of the same geography to derive one from. `stats` includes derived figures.
 */
export function perCapitaGapReason(
  stats: readonly Stat[],
  place: string,
): { geography: string; note: string } | null {
  const own = stats.filter((s) => s.place === place);
  if (own.some((s) => s.metric === 'gdp_per_capita' && s.value !== null)) return null;
  const gdp = own.filter((s) => s.metric === 'gdp' && s.vintage !== 'superseded');
  if (gdp.length === 0) return null;
  const valued = gdp.filter((s) => s.value !== null);
  if (valued.length === 0) {
    return {
      geography: (gdp[0] as Stat).geography,
      note: 'No source prints GDP per capita for this place, and no GDP figure exists to derive one from.',
    };
  }
  const geographies = [...new Set(valued.map((s) => s.geography))];
  const geography = geographies.reduce((best, g) =>
    valued.filter((s) => s.geography === g).length > valued.filter((s) => s.geography === best).length
      ? g
      : best,
  );
  const population = own.filter(
    (s) => s.metric === 'population' && s.value !== null && s.geography === geography,
  );
  return {
    geography,
    note: `No source prints GDP per capita for this place, and none can be derived: no year has both GDP and resident population of the same geography (${geography}: GDP ${listYears(valued.filter((s) => s.geography === geography))}; population ${listYears(population)}).`,
  };
}

/**
 * GDP per capita for the requested places that have none: one gap series each, with
 * why, so a chart lists the place as a gap instead of dropping it. Places with no GDP
 * row at all (a park, a venue) are not about GDP and get nothing.
 */
export function withPerCapitaGaps(
  dataset: Dataset,
  result: MarkedStatsResult,
  places: readonly string[],
): MarkedStatsResult {
  if (result.metric !== 'gdp_per_capita') return result;
  const present = new Set(result.series.map((s) => s.place));
  const gaps: MarkedSeries[] = [];
  for (const place of places) {
    if (present.has(place)) continue;
    const reason = perCapitaGapReason(allStats(dataset), place);
    if (!reason) continue;
    const gdp = dataset.stats.filter(
      (s) => s.place === place && s.metric === 'gdp' && s.geography === reason.geography,
    );
    const latest = gdp.reduce((a, b) => ((b.year ?? 0) > (a.year ?? 0) ? b : a), gdp[0] as Stat);
    gaps.push({
      place,
      geography: reason.geography,
      geographyName: dataset.geographies.find((g) => g.en === reason.geography) ?? {
        en: reason.geography,
        zh: reason.geography,
      },
      points: [
        {
          year: null,
          value: null,
          qualifier: 'exact',
          unit: result.unit,
          status: 'not_found',
          vintage: 'first_published',
          source: latest.source,
          note: reason.note,
          original: { value: null, unit: sourceUnitCurrency(latest.unit) ?? result.unit },
          rate: null,
          yearStatus: null,
          basis: null,
          release: null,
          basisBreak: false,
          vintageBreak: false,
        },
      ],
    });
  }
  const order = (id: string) => places.indexOf(id);
  return {
    ...result,
    series: [...result.series, ...gaps].sort((a, b) => order(a.place) - order(b.place)),
  };
}

/** What /api/stats answers: the figures, each point marked, and per-capita gaps named. */
export function findMarkedStats(dataset: Dataset, query: StatsQuery): MarkedStatsResult {
  const places = query.places ?? dataset.places.map((p) => p.id);
  return withPerCapitaGaps(dataset, markSeries(dataset, findStats(dataset, query)), places);
}
