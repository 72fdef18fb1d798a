import { queryOptions } from '@tanstack/react-query';
import type { Source } from '@/lib/data/schema';
import type { LinkFeatureCollection } from './links-output';
import type { PlaceFeatureCollection } from './places-output';

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
    queryKey: ['links'],
    queryFn: () => getJson<LinkFeatureCollection>('/api/links'),
    ...forever,
  });

export const sourcesQuery = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: () => getJson<Source[]>('/api/sources'),
    ...forever,
  });
