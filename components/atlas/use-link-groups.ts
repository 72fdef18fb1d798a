'use client';

import { createContext, createElement, type ReactNode, useContext, useMemo } from 'react';
import { groupLinks } from '@/lib/map/arcs';
import { linkShown } from '@/lib/map/link-filter';
import { useAtlasData } from './use-atlas-data';
import { useView } from './view';

type LinkGroups = ReturnType<typeof groupLinks>;
const LinkGroupsContext = createContext<LinkGroups | null>(null);

/**
 * Groups the links in the view's year range once for the page, as the map draws them
 * (one arc per group): the map, its legend, the tooltip that mounts on every hover and
 * the details all read the same grouping instead of each building it again.
 */
export function LinkGroupsProvider({ children }: { children: ReactNode }) {
  const { links } = useAtlasData();
  const [{ years, hiddenGrades, hiddenStatuses }] = useView();
  // Kinds are left to the map's layer filters, so switching one is a repaint, not a regrouping.
  const groups = useMemo(
    () =>
      groupLinks(links ?? { features: [] }, (link) =>
        linkShown(link, { years, hiddenKinds: [], hiddenGrades, hiddenStatuses }),
      ),
    [links, years, hiddenGrades, hiddenStatuses],
  );
  return createElement(LinkGroupsContext.Provider, { value: groups }, children);
}

/** The links the view's filters keep (but for kinds), grouped as the map draws them. */
export function useLinkGroups(): LinkGroups {
  const value = useContext(LinkGroupsContext);
  if (value === null) throw new Error('useLinkGroups needs a LinkGroupsProvider above it');
  return value;
}
