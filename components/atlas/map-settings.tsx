'use client';

import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { LinkKind } from '@/lib/data/schema';
import { LINK_KINDS } from '@/lib/palette';

export type Projection = 'mercator' | 'globe';

type MapSettings = {
  projection: Projection;
  setProjection: (projection: Projection) => void;
  visibleKinds: readonly LinkKind[];
  setVisibleKinds: (kinds: readonly LinkKind[]) => void;
  showOutlines: boolean;
  setShowOutlines: (show: boolean) => void;
};

const MapSettingsContext = createContext<MapSettings | null>(null);

/** How the map is drawn (projection, which layers show), shared by the map and its legend. */
export function MapSettingsProvider({ children }: { children: ReactNode }) {
  const [projection, setProjection] = useState<Projection>('mercator');
  const [visibleKinds, setVisibleKinds] = useState<readonly LinkKind[]>(LINK_KINDS);
  const [showOutlines, setShowOutlines] = useState(true);
  const value = useMemo(
    () => ({ projection, setProjection, visibleKinds, setVisibleKinds, showOutlines, setShowOutlines }),
    [projection, visibleKinds, showOutlines],
  );
  return <MapSettingsContext.Provider value={value}>{children}</MapSettingsContext.Provider>;
}

export function useMapSettings(): MapSettings {
  const value = useContext(MapSettingsContext);
  if (value === null) throw new Error('useMapSettings needs a MapSettingsProvider above it');
  return value;
}
