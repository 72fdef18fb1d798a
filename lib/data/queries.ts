import type { Currency } from '@/lib/domain';
import { type ArcGeometry, arcGeometry } from '@/lib/geo/great-circle';
import { derivePerCapita } from './derived';
import type { Dataset } from './load';
import type {
  ExchangeRate,
  Link,
  LinkKind,
  Metric,
  Place,
  PlaceKind,
  Qualifier,
  RateSeries,
  Source,
  Stat,
  Status,
  Vintage,
} from './schema';
import {
  convertCurrency,
  displayUnit,
  isMoney,
  METRIC_QUANTITY,
  sourceUnitCurrency,
  toDisplayScale,
} from './units';

export function findPlaces(dataset: Dataset, filter: { kind?: readonly PlaceKind[] }): Place[] {
  const kinds = filter.kind;
  return kinds ? dataset.places.filter((p) => kinds.includes(p.kind)) : dataset.places;
}

/** A place and every place below it (Shanghai includes Zhangjiang, Lin-gang and the convention centre). */
export function placeWithDescendants(dataset: Dataset, id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const place of dataset.places) {
      if (place.parent !== null && found.has(place.parent) && !found.has(place.id)) {
        found.add(place.id);
        grew = true;
      }
    }
  }
  return found;
}

export const linkYear = (link: Link) => Number(link.date.slice(0, 4));

export type LinkFilter = { from?: number; to?: number; kind?: readonly LinkKind[]; place?: string };

export function findLinks(dataset: Dataset, filter: LinkFilter): Link[] {
  const around = filter.place === undefined ? null : placeWithDescendants(dataset, filter.place);
  return dataset.links.filter((link) => {
    const year = linkYear(link);
    if (filter.from !== undefined && year < filter.from) return false;
    if (filter.to !== undefined && year > filter.to) return false;
    if (filter.kind && !filter.kind.includes(link.kind)) return false;
    if (around && !around.has(link.from) && !around.has(link.to) && !(link.venue && around.has(link.venue))) {
      return false;
    }
    return true;
  });
}

const arcCache = new WeakMap<Link, ArcGeometry>();

/** The arc drawn for a link, computed once per link. */
export function linkArc(dataset: Dataset, link: Link): ArcGeometry {
  const cached = arcCache.get(link);
  if (cached) return cached;
  const position = (id: string): [number, number] => {
    const place = dataset.places.find((p) => p.id === id);
    if (!place) throw new Error(`link ${link.id} names unknown place ${id}`);
    return [place.coordinates.lon, place.coordinates.lat];
  };
  const arc = arcGeometry(position(link.from), position(link.to));
  arcCache.set(link, arc);
  return arc;
}

export function findSource(dataset: Dataset, id: string): Source | undefined {
  return dataset.sources.find((s) => s.id === id);
}

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

const VINTAGE_PREFERENCE: Record<Vintage, number> = {
  revised: 0,
  first_published: 1,
  estimate: 2,
  superseded: 99,
};

export type StatPoint = {
  year: number | null;
  value: number | null;
  qualifier: Qualifier;
  unit: string;
  status: Status;
  vintage: Vintage;
  source: string;
  note: string;
  /** The figure as the source prints it, before any unit or currency conversion. */
  original: { value: number | null; unit: string };
  rate: ExchangeRate | null;
};

export type StatSeries = {
  place: string;
  /** The territory the figures cover, in English as stats.csv names it; `geographyName` has both languages. */
  geography: string;
  geographyName: { en: string; zh: string };
  points: StatPoint[];
};

export type StatsQuery = {
  metric: Metric;
  places?: readonly string[];
  from?: number;
  to?: number;
  currency: Currency;
};

export type StatsResult = {
  metric: Metric;
  unit: string;
  currency: Currency | null;
  series: StatSeries[];
  rates: ExchangeRate[];
};

/** Lower ranks win: a figure over a gap, a printed figure over a derived one, revised over first published. */
const rank = (stat: Stat) =>
  (stat.value === null ? 1000 : 0) + (stat.status === 'derived' ? 100 : 0) + VINTAGE_PREFERENCE[stat.vintage];

/** One figure per place, geography and year; superseded figures never. */
function pickOnePerYear(stats: readonly Stat[]): Stat[] {
  const best = new Map<string, Stat>();
  for (const stat of stats) {
    if (stat.vintage === 'superseded') continue;
    const key = `${stat.place}\u0000${stat.geography}\u0000${stat.year ?? ''}`;
    const current = best.get(key);
    if (!current || rank(stat) < rank(current)) best.set(key, stat);
  }
  return [...best.values()];
}

const derivedCache = new WeakMap<Dataset, Stat[]>();

/** The shipped figures plus those derived from them, computed once per dataset. */
export function allStats(dataset: Dataset): Stat[] {
  let all = derivedCache.get(dataset);
  if (!all) {
    all = [...dataset.stats, ...derivePerCapita(dataset.stats)];
    derivedCache.set(dataset, all);
  }
  return all;
}

function toPoint(stat: Stat, query: StatsQuery, rates: readonly ExchangeRate[]): StatPoint {
  const quantity = METRIC_QUANTITY[query.metric];
  const base = {
    year: stat.year,
    qualifier: stat.qualifier,
    unit: displayUnit(quantity, query.currency),
    status: stat.status,
    vintage: stat.vintage,
    source: stat.source,
    note: stat.note,
    original: { value: stat.value, unit: stat.unit },
  };
  if (stat.value === null) return { ...base, value: null, rate: null };
  const scaled = toDisplayScale(stat.value, stat.unit, quantity);
  const from = sourceUnitCurrency(stat.unit);
  if (!isMoney(quantity) || from === null || from === query.currency) {
    return { ...base, value: scaled, rate: null };
  }
  const rate = stat.year === null ? undefined : rateForYear(rates, stat.year);
  if (!rate) {
    return { ...base, value: null, rate: null, note: joinNotes(stat.note, 'no exchange rate for this year') };
  }
  return { ...base, value: convertCurrency(scaled, from, query.currency, rate.cnyPerUsd), rate };
}

const joinNotes = (...notes: string[]) => notes.filter(Boolean).join('; ');

/** Undated figures (a land area, say) cannot sit inside a year range, so a range leaves them out. */
function inYearRange(year: number | null, { from, to }: { from?: number; to?: number }): boolean {
  if (from === undefined && to === undefined) return true;
  return year !== null && (from === undefined || year >= from) && (to === undefined || year <= to);
}

export function findStats(dataset: Dataset, query: StatsQuery): StatsResult {
  const quantity = METRIC_QUANTITY[query.metric];
  const placeOrder = query.places ?? dataset.places.map((p) => p.id);
  const rows = pickOnePerYear(
    allStats(dataset).filter(
      (s) => s.metric === query.metric && placeOrder.includes(s.place) && inYearRange(s.year, query),
    ),
  );
  const seriesByKey = new Map<string, StatSeries>();
  for (const stat of rows) {
    const key = `${stat.place}\u0000${stat.geography}`;
    let series = seriesByKey.get(key);
    if (!series) {
      const geographyName = dataset.geographies.find((g) => g.en === stat.geography) ?? {
        en: stat.geography,
        zh: stat.geography,
      };
      series = { place: stat.place, geography: stat.geography, geographyName, points: [] };
      seriesByKey.set(key, series);
    }
    series.points.push(toPoint(stat, query, dataset.rates));
  }
  const series = [...seriesByKey.values()].sort(
    (a, b) =>
      placeOrder.indexOf(a.place) - placeOrder.indexOf(b.place) || a.geography.localeCompare(b.geography),
  );
  for (const s of series) s.points.sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const used = new Map<string, ExchangeRate>();
  for (const point of series.flatMap((s) => s.points)) {
    if (point.rate) used.set(`${point.rate.series} ${point.rate.year}`, point.rate);
  }
  return {
    metric: query.metric,
    unit: displayUnit(quantity, query.currency),
    currency: isMoney(quantity) ? query.currency : null,
    series,
    rates: [...used.values()].sort((a, b) => a.year - b.year),
  };
}
