import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LinkFeature, LinkIndexCollection } from '@/lib/api/contract/links';
import type { OrganizationOutput } from '@/lib/api/contract/organizations';
import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import type { PlaceProfileResponse } from '@/lib/api/contract/profile';
import type { StatsResponse } from '@/lib/api/contract/stats';
import type { Metric, RateSeries, Source } from '@/lib/data/schema';
import type { Currency } from '@/lib/domain';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status, `${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The embedded data changes only with a deploy: once loaded it never goes stale in a session. */
const forever = { staleTime: Number.POSITIVE_INFINITY, gcTime: Number.POSITIVE_INFINITY } as const;

export const placesQuery = () =>
  queryOptions({
    queryKey: ['places'],
    queryFn: () => getJson<PlaceFeatureCollection>('/api/places'),
    ...forever,
  });

export const linksQuery = () =>
  queryOptions({
    queryKey: ['links', 'index'],
    // No arcs: the map draws them from the places' coordinates (lib/map/arcs.ts). No details
    // either: the page carries every link, and only the open one is read in full (linkQuery).
    queryFn: () => getJson<LinkIndexCollection>('/api/links?geometry=none&fields=index'),
    ...forever,
  });

export const linkQuery = (id: string) =>
  queryOptions({
    queryKey: ['link', id],
    queryFn: () => getJson<LinkFeature>(`/api/links/${encodeURIComponent(id)}`),
    ...forever,
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: () => getJson<Source[]>('/api/sources'),
    ...forever,
  });

export const organizationsQuery = () =>
  queryOptions({
    queryKey: ['organizations'],
    queryFn: () => getJson<OrganizationOutput[]>('/api/organizations'),
    ...forever,
  });

export type StatsParams = {
  metric: Metric;
  places: readonly string[];
  currency: Currency;
  from?: number;
  to?: number;
  /** Pin the exchange-rate series (the CSV of a chart that was converted with one). */
  rates?: RateSeries;
};

/** The API query for a chart's figures; the chart's CSV download is the same query with format=csv. */
export function statsSearch(params: StatsParams, format?: 'csv'): string {
  const search = new URLSearchParams({
    metric: params.metric,
    places: params.places.join(','),
    currency: params.currency,
  });
  if (params.from !== undefined) search.set('from', String(params.from));
  if (params.to !== undefined) search.set('to', String(params.to));
  if (params.rates !== undefined) search.set('rates', params.rates);
  if (format) search.set('format', format);
  return search.toString();
}

export const statsQuery = (params: StatsParams) =>
  queryOptions({
    queryKey: ['stats', statsSearch(params)],
    queryFn: () => getJson<StatsResponse>(`/api/stats?${statsSearch(params)}`),
    ...forever,
  });

export type PlaceProfile = z.infer<typeof PlaceProfileResponse>;

export const placeProfileQuery = (id: string, currency: Currency) =>
  queryOptions({
    queryKey: ['place', id, currency],
    queryFn: () => getJson<PlaceProfile>(`/api/places/${encodeURIComponent(id)}?currency=${currency}`),
    ...forever,
  });
