'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { linksQuery, placesQuery, sourcesQuery } from '@/lib/api/query-options';

/** Places, links and sources from the API (already in the cache when the server prefetched them). */
export function useAtlasData() {
  const places = useQuery(placesQuery());
  const links = useQuery(linksQuery());
  const sources = useQuery(sourcesQuery());
  return useMemo(() => {
    const placeById = new Map((places.data?.features ?? []).map((f) => [f.id, f]));
    const linkById = new Map((links.data?.features ?? []).map((f) => [f.id, f]));
    const sourceById = new Map((sources.data ?? []).map((s) => [s.id, s]));
    return {
      places: places.data,
      links: links.data,
      placeById,
      linkById,
      sourceById,
      isError: places.isError || links.isError || sources.isError,
      isPending: places.isPending || links.isPending || sources.isPending,
    };
  }, [
    places.data,
    links.data,
    sources.data,
    places.isError,
    links.isError,
    sources.isError,
    places.isPending,
    links.isPending,
    sources.isPending,
  ]);
}
