import { toCsv } from '@/lib/data/csv';
import type { Growth, IndexedLine } from './growth';

/**
 * The indexed and growth figures as CSV, the columns named like the API's (`/api/stats`):
 * what a panel shows in these modes is computed from the API's figures, so its download
 * is too, with the base, bound, breaks and gaps that make each figure traceable.
 */

export const INDEX_CSV_COLUMNS = [
  'place',
  'geography',
  'year',
  'index',
  'base_year',
  'bound',
  'qualifier',
  'status',
  'breaks_since_base',
  'gap',
  'gap_note',
  'source',
  'base_source',
] as const;

export function indexCsv(lines: readonly IndexedLine[]): string {
  return toCsv(
    INDEX_CSV_COLUMNS,
    lines.flatMap((line) =>
      line.points.map((p) => [
        line.place,
        line.geography,
        p.year,
        p.index,
        line.baseYear,
        p.index === null ? null : p.bound,
        p.index === null ? null : p.qualifier,
        p.index === null ? null : p.status,
        p.breaks.join(' '),
        p.gap,
        p.gapNote,
        p.point?.source,
        line.base?.source,
      ]),
    ),
  );
}

export const GROWTH_CSV_COLUMNS = [
  'place',
  'geography',
  'from',
  'to',
  'average_annual_growth',
  'bound',
  'qualifier',
  'status',
  'breaks',
  'gap',
  'first_source',
  'last_source',
] as const;

/** Growth as a fraction a year (0.05 = 5 %), as the API would give a rate. */
export function growthCsv(rates: readonly Growth[]): string {
  return toCsv(
    GROWTH_CSV_COLUMNS,
    rates.map((g) => [
      g.place,
      g.geography,
      g.years?.[0],
      g.years?.[1],
      g.rate,
      g.rate === null ? null : g.bound,
      g.rate === null ? null : g.qualifier,
      g.rate === null ? null : g.status,
      g.breaks.join(' '),
      g.gap,
      g.first?.source,
      g.last?.source,
    ]),
  );
}
