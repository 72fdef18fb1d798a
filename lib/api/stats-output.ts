import { z } from 'zod';
import { recordsToCsv } from '@/lib/data/csv';
import type { Dataset } from '@/lib/data/load';
import { Bilingual, Id, Metric, Qualifier, RateSeries, Status, Vintage } from '@/lib/data/schema';
import type { StatPoint, StatsResult } from '@/lib/data/stats';
import { CURRENCIES } from '@/lib/domain';

export const RateUsed = z.object({
  year: z.number().int(),
  cnyPerUsd: z.number().positive(),
  series: RateSeries,
  status: Status,
  source: Id,
});

export const StatPointOutput = z.object({
  year: z.number().int().nullable(),
  value: z
    .number()
    .nullable()
    .meta({ description: 'Null where no citable figure exists: a gap, never zero.' }),
  qualifier: Qualifier,
  unit: z.string(),
  status: Status,
  vintage: Vintage,
  source: Id,
  note: z.string(),
  original: z.object({ value: z.number().nullable(), unit: z.string() }),
  rate: RateUsed.nullable().meta({ description: 'The CNY-per-USD rate used to convert this point, if any.' }),
});

export const StatsResponse = z.object({
  metric: Metric,
  unit: z.string(),
  currency: z.enum(CURRENCIES).nullable(),
  series: z.array(
    z.object({
      place: Id,
      name: Bilingual,
      geography: z.string(),
      geographyName: Bilingual,
      points: z.array(StatPointOutput),
    }),
  ),
  rates: z.array(RateUsed),
});
export type StatsResponse = z.infer<typeof StatsResponse>;

export function statsToJson(dataset: Dataset, result: StatsResult): StatsResponse {
  const nameOf = (id: string) => dataset.places.find((p) => p.id === id)?.name ?? { en: id, zh: id };
  return { ...result, series: result.series.map((s) => ({ ...s, name: nameOf(s.place) })) };
}

/** The columns every figure has in a CSV, whatever table it sits in. */
export const POINT_CSV_COLUMNS = [
  'year',
  'value',
  'unit',
  'qualifier',
  'status',
  'vintage',
  'source',
  'original_value',
  'original_unit',
  'rate_cny_per_usd',
  'rate_series',
  'rate_source',
  'note',
] as const;

export function pointCsvFields(point: StatPoint) {
  return {
    year: point.year,
    value: point.value,
    unit: point.unit,
    qualifier: point.qualifier,
    status: point.status,
    vintage: point.vintage,
    source: point.source,
    original_value: point.original.value,
    original_unit: point.original.unit,
    rate_cny_per_usd: point.rate?.cnyPerUsd,
    rate_series: point.rate?.series,
    rate_source: point.rate?.source,
    note: point.note,
  };
}

export function statsToCsv(result: StatsResult): string {
  return recordsToCsv(
    ['place', 'geography', 'metric', ...POINT_CSV_COLUMNS],
    result.series.flatMap((series) =>
      series.points.map((point) => ({
        place: series.place,
        geography: series.geography,
        metric: result.metric,
        ...pointCsvFields(point),
      })),
    ),
  );
}
