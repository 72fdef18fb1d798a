import type { Point, Series } from '@/lib/charts/shape';

/**
 * Small stats answers for chart logic tests: made-up figures in the shape /api/stats
 * answers, so a test states exactly the figures it reasons about.
 */

export type PointInput = {
  year: number | null;
  value: number | null;
  qualifier?: Point['qualifier'];
  status?: Point['status'];
  vintage?: Point['vintage'];
  unit?: string;
  /** The converted value, where it differs from the source's (a USD figure shown in CNY, say). */
  shown?: number | null;
  rate?: Point['rate'];
  vintageBreak?: boolean;
  basisBreak?: boolean;
  basis?: Point['basis'];
  note?: string;
};

export function fixturePoint(input: PointInput): Point {
  const unit = input.unit ?? 'CNY billion';
  return {
    year: input.year,
    value: input.shown === undefined ? input.value : input.shown,
    qualifier: input.qualifier ?? 'exact',
    unit: 'CNY billion',
    status: input.status ?? (input.value === null ? 'not_found' : 'found'),
    vintage: input.vintage ?? 'first_published',
    source: 'fixture-source',
    note: input.note ?? '',
    original: { value: input.value, unit },
    rate: input.rate ?? null,
    yearStatus: null,
    basis: input.basis ?? null,
    release: null,
    basisBreak: input.basisBreak ?? false,
    vintageBreak: input.vintageBreak ?? false,
  };
}

export const FIXTURE_GEOGRAPHIES = {
  municipality: 'Shanghai Municipality',
  prefecture: 'Suzhou (prefecture-level city)',
  metro: 'Boston-Cambridge-Newton, MA-NH Metropolitan Statistical Area',
  park: 'Suzhou Industrial Park',
} as const;

export function fixtureSeries(
  place: string,
  points: readonly PointInput[],
  geography: string = FIXTURE_GEOGRAPHIES.prefecture,
): Series {
  return {
    place,
    name: { en: place, zh: `${place}（中）` },
    geography,
    geographyName: { en: geography, zh: `${geography}（中）` },
    points: points.map(fixturePoint),
  };
}

/** Figures for a year → value map, exact and firm unless a test says otherwise. */
export const yearly = (values: Record<number, number | null>): PointInput[] =>
  Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));
