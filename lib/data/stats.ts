import { type Currency, inYearRange, yearRangeOf } from '@/lib/domain';
import { derivePerCapita } from './derived';
import type { Dataset } from './load';
import { chooseRateSeries, rateIn } from './rates';
import type { ExchangeRate, Metric, Qualifier, RateSeries, Stat, Status, Vintage } from './schema';
import {
  convertCurrency,
  displayUnit,
  isMoney,
  METRIC_QUANTITY,
  sourceUnitCurrency,
  toDisplayScale,
} from './units';

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
  /** Convert with this rate series only; by default the one series covering every year, if any. */
  rates?: RateSeries;
};

export type StatsResult = {
  metric: Metric;
  unit: string;
  currency: Currency | null;
  series: StatSeries[];
  rates: ExchangeRate[];
  /** The one rate series every conversion used; null where none was needed or years fall back to others. */
  rateSeries: RateSeries | null;
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

/** Whether a figure needs a rate to be shown in the query's currency. */
function needsRate(stat: Stat, query: StatsQuery): stat is Stat & { year: number } {
  const from = sourceUnitCurrency(stat.unit);
  return (
    stat.value !== null &&
    stat.year !== null &&
    isMoney(METRIC_QUANTITY[query.metric]) &&
    from !== null &&
    from !== query.currency
  );
}

function toPoint(
  stat: Stat,
  query: StatsQuery,
  rates: readonly ExchangeRate[],
  series: RateSeries | null,
): StatPoint {
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
  const rate = stat.year === null ? undefined : rateIn(rates, stat.year, series);
  if (!rate) {
    const why = series ? `no ${series} exchange rate for this year` : 'no exchange rate for this year';
    return { ...base, value: null, rate: null, note: joinNotes(stat.note, why) };
  }
  return { ...base, value: convertCurrency(scaled, from, query.currency, rate.cnyPerUsd), rate };
}

const joinNotes = (...notes: string[]) => notes.filter(Boolean).join('; ');

export function findStats(dataset: Dataset, query: StatsQuery): StatsResult {
  const quantity = METRIC_QUANTITY[query.metric];
  const placeOrder = query.places ?? dataset.places.map((p) => p.id);
  const years = yearRangeOf(query.from, query.to);
  const rows = pickOnePerYear(
    allStats(dataset).filter(
      (s) => s.metric === query.metric && placeOrder.includes(s.place) && inYearRange(s.year, years),
    ),
  );
  const rateYears = rows.filter((s) => needsRate(s, query)).map((s) => s.year as number);
  const rateSeries = chooseRateSeries(dataset.rates, rateYears, query.rates);
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
    series.points.push(toPoint(stat, query, dataset.rates, rateSeries));
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
    rateSeries:
      new Set([...used.values()].map((r) => r.series)).size === 1
        ? ([...used.values()][0]?.series ?? null)
        : null,
  };
}
