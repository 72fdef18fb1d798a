import type { StatsResponse } from '@/lib/api/contract/stats';
import { recordsToCsv } from '@/lib/data/csv';
import type { Dataset } from '@/lib/data/load';
import type { MarkedStatsResult } from '@/lib/data/series-marks';
import type { StatPoint } from '@/lib/data/stats';

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
