'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { createContext, createElement, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { linksQuery, organizationsQuery, placesQuery, sourcesQuery } from '@/lib/api/client/query-options';
import { localized } from '@/lib/i18n/localized';

/** Places, links and sources from the API (already in the cache when the server prefetched them). */
function useAtlasQueries() {
  const places = useQuery(placesQuery());
  const links = useQuery(linksQuery());
  const sources = useQuery(sourcesQuery());
  const organizations = useQuery(organizationsQuery());
  return useMemo(() => {
    const placeById = new Map((places.data?.features ?? []).map((f) => [f.id, f]));
    const linkById = new Map((links.data?.features ?? []).map((f) => [f.id, f]));
    const sourceById = new Map((sources.data ?? []).map((s) => [s.id, s]));
    const organizationById = new Map((organizations.data ?? []).map((o) => [o.id, o]));
    return {
      places: places.data,
      links: links.data,
      placeById,
      linkById,
      sourceById,
      organizations: organizations.data,
      organizationById,
      isError: places.isError || links.isError || sources.isError,
      isPending: places.isPending || links.isPending || sources.isPending,
    };
  }, [
    places.data,
    links.data,
    sources.data,
    organizations.data,
    places.isError,
    links.isError,
    sources.isError,
    places.isPending,
    links.isPending,
    sources.isPending,
  ]);
}

type AtlasData = ReturnType<typeof useAtlasQueries>;
const AtlasDataContext = createContext<AtlasData | null>(null);

/**
 * Subscribes to the three queries once for the page, below the HydrationBoundary that
 * fills them: a subscription per component cost an observer each, on the server for
 * every request too, and the lookups were built again in each.
 */
export function AtlasDataProvider({ children }: { children: ReactNode }) {
  return createElement(AtlasDataContext.Provider, { value: useAtlasQueries() }, children);
}

export function useAtlasData(): AtlasData {
  const value = useContext(AtlasDataContext);
  if (value === null) throw new Error('useAtlasData needs an AtlasDataProvider above it');
  return value;
}

/** A place's name in the reading language, from its id (the id itself if the place is unknown). */
export function usePlaceName(): (id: string) => string {
  const locale = useLocale();
  const { placeById } = useAtlasData();
  return useCallback(
    (id: string) => {
      const place = placeById.get(id)?.properties;
      return place ? localized(place, 'name', locale) : id;
    },
    [placeById, locale],
  );
}
