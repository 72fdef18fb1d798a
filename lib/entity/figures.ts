import type { Dataset } from '@/lib/data/load';
import { Metric, type Qualifier, type Status } from '@/lib/data/schema';
import { allStats, findStats } from '@/lib/data/stats';
import { sourceUnitCurrency } from '@/lib/data/units';
import type { Currency } from '@/lib/domain';

/** One figure of a place as its page lists it: what, when, how much, of where, how firm, from whom. */
export type PlaceFigure = {
  metric: Metric;
  year: number | null;
  /** Null for a gap: searched for, nothing citable. */
  value: number | null;
  qualifier: Qualifier;
  /** The display unit (lib/format/numbers reads it), in the currency the source printed. */
  unit: string;
  geography: string;
  geographyName: { en: string; zh: string };
  status: Status;
  source: string;
};

/** The currency a place's figures of one metric are printed in, so a page converts nothing. */
function printedCurrency(dataset: Dataset, placeId: string, metric: Metric): Currency {
  const printed = allStats(dataset).find((s) => s.place === placeId && s.metric === metric);
  return (printed && sourceUnitCurrency(printed.unit)) ?? 'CNY';
}

/**
 * Every figure of a place, by metric in the data's order, then geography and year: the
 * figures the API keeps (one per year, revised over first published, derived per-capita
 * figures included), gaps kept as gaps.
 */
export function placeFigures(dataset: Dataset, placeId: string): PlaceFigure[] {
  return Metric.options.flatMap((metric) => {
    const currency = printedCurrency(dataset, placeId, metric);
    return findStats(dataset, { metric, places: [placeId], currency }).series.flatMap((series) =>
      series.points.map((point) => ({
        metric,
        year: point.year,
        value: point.value,
        qualifier: point.qualifier,
        unit: point.unit,
        geography: series.geography,
        geographyName: series.geographyName,
        status: point.status,
        source: point.source,
      })),
    );
  });
}
