'use client';

import { createContext, createElement, type ReactNode, useContext, useMemo } from 'react';
import { type ArcFeatureCollection, groupArcs, groupLinks } from '@/lib/map/arcs';
import { linkShown } from '@/lib/map/link-filter';
import { useAtlasData } from './use-atlas-data';
import { useView } from './view';

/** The groups, and their arcs once the places are there (null before). */
type LinkGroups = ReturnType<typeof groupLinks> & { arcs: ArcFeatureCollection | null };
const LinkGroupsContext = createContext<LinkGroups | null>(null);

/**
 * Groups the links in the view's year range once for the page, as the map draws them
 * (one arc per group), and draws their arcs: the live map, its SVG pictures, the legend, the
 * tooltip that mounts on every hover and the details all read the same grouping and arcs
 * instead of each building them again.
 */
export function LinkGroupsProvider({ children }: { children: ReactNode }) {
  const { links, places } = useAtlasData();
  const [{ years, hiddenGrades, hiddenStatuses }] = useView();
  // Kinds are left to the map's layer filters, so switching one is a repaint, not a regrouping.
  const groups = useMemo(
    () =>
      groupLinks(links ?? { features: [] }, (link) =>
        linkShown(link, { years, hiddenKinds: [], hiddenGrades, hiddenStatuses }),
      ),
    [links, years, hiddenGrades, hiddenStatuses],
  );
  const value = useMemo(
    () => ({ ...groups, arcs: places ? groupArcs(groups.groups, places) : null }),
    [groups, places],
  );
  return createElement(LinkGroupsContext.Provider, { value }, children);
}

/** The links the view's filters keep (but for kinds), grouped as the map draws them. */
export function useLinkGroups(): LinkGroups {
  const value = useContext(LinkGroupsContext);
  if (value === null) throw new Error('useLinkGroups needs a LinkGroupsProvider above it');
  return value;
}
