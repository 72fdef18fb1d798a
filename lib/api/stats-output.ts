import { z } from 'zod';
import { recordsToCsv } from '@/lib/data/csv';
import type { Dataset } from '@/lib/data/load';
import type { StatPoint } from '@/lib/data/queries';
import {
  Bilingual,
  Id,
  Metric,
  PopulationBasis,
  Qualifier,
  RateSeries,
  Status,
  Vintage,
} from '@/lib/data/schema';
import type { MarkedStatsResult } from '@/lib/data/series-marks';
import { Currency } from '@/lib/data/units';

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

/** A stats point: the figure plus how its year, basis and release were read, and where its line breaks. */
export const StatsPointOutput = StatPointOutput.extend({
  yearStatus: z.literal('inferred').nullable().meta({
    description:
      "Inferred where the year is taken from the document's date; null where the source states it.",
  }),
  basis: PopulationBasis.nullable().meta({
    description: 'The population the figure counts or is divided by; null where that does not apply.',
  }),
  release: z.string().nullable().meta({ description: 'The data release, where one line mixes releases.' }),
  basisBreak: z.boolean().meta({ description: "True where the basis differs from the previous figure's." }),
  vintageBreak: z
    .boolean()
    .meta({ description: "True where the vintage or release differs from the previous figure's." }),
});

export const StatsResponse = z.object({
  metric: Metric,
  unit: z.string(),
  currency: z.enum(Currency).nullable(),
  series: z.array(
    z.object({
      place: Id,
      name: Bilingual,
      geography: z.string(),
      geographyName: Bilingual,
      points: z.array(StatsPointOutput),
    }),
  ),
  rates: z.array(RateUsed),
});
export type StatsResponse = z.infer<typeof StatsResponse>;

export function statsToJson(dataset: Dataset, result: MarkedStatsResult): StatsResponse {
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

export function statsToCsv(result: MarkedStatsResult): string {
  return recordsToCsv(
    [
      'place',
      'geography',
      'metric',
      ...POINT_CSV_COLUMNS,
      'year_status',
      'basis',
      'release',
      'basis_break',
      'vintage_break',
    ],
    result.series.flatMap((series) =>
      series.points.map((point) => ({
        place: series.place,
        geography: series.geography,
        metric: result.metric,
        ...pointCsvFields(point),
        year_status: point.yearStatus,
        basis: point.basis,
        release: point.release,
        basis_break: point.basisBreak,
        vintage_break: point.vintageBreak,
      })),
    ),
  );
}
