'use client';

import type { StyleSpecification } from 'maplibre-gl';
import { useMemo } from 'react';
import { LINK_KINDS, type LinkKind, type Locale } from '@/lib/domain';
import { basemapLayers, basemapSources, isOutlineLayer } from '@/lib/map/basemap-style';
import { dataLayers } from '@/lib/map/data-layers';

/** The basemap style and the data layers for the view's language, outlines and hidden link kinds. */
export function useMapStyle(locale: Locale, showOutlines: boolean, hiddenKinds: readonly LinkKind[]) {
  const mapStyle = useMemo<StyleSpecification>(
    () => ({
      version: 8,
      // Absolute: the worker resolves relative URLs against its own script, not the page.
      sources: basemapSources(`${typeof window === 'undefined' ? '' : window.location.origin}/basemap`),
      layers: basemapLayers(locale).map((layer) =>
        isOutlineLayer(layer.id)
          ? { ...layer, layout: { ...layer.layout, visibility: showOutlines ? 'visible' : 'none' } }
          : layer,
      ),
    }),
    [showOutlines, locale],
  );
  const layers = useMemo(
    () => dataLayers({ language: locale, visibleKinds: LINK_KINDS.filter((k) => !hiddenKinds.includes(k)) }),
    [hiddenKinds, locale],
  );
  return { mapStyle, layers };
}
