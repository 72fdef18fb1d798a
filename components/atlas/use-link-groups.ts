'use client';

import { useMemo } from 'react';
import { groupLinks } from '@/lib/map/arcs';
import { useAtlasData } from './use-atlas-data';
import { useView } from './view';

/** The links in the view's year range, grouped as the map draws them (one arc per group). */
export function useLinkGroups() {
  const { links } = useAtlasData();
  const [view] = useView();
  const from = view.years?.[0];
  const to = view.years?.[1];
  return useMemo(
    () => groupLinks(links ?? { features: [] }, from !== undefined && to !== undefined ? [from, to] : null),
    [links, from, to],
  );
}
