'use client';

import type { Target } from '@/components/atlas/selection';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL, PLACE_KIND_LABEL } from '@/lib/format/labels';

/** A short label under the pointer: names in both languages, a link's date and kind. */
export function MapTooltip({ target, x, y }: { target: Target; x: number; y: number }) {
  const { placeById, linkById } = useAtlasData();
  const place = target.type === 'place' ? placeById.get(target.id)?.properties : undefined;
  const link = target.type === 'link' ? linkById.get(target.id)?.properties : undefined;
  if (!place && !link) return null;
  return (
    <div className="map-tooltip" style={{ transform: `translate(${x + 14}px, ${y + 14}px)` }} role="tooltip">
      {place ? (
        <>
          <strong>{place.name_en}</strong> <span lang="zh-CN">{place.name_zh}</span>
          <div className="meta">{PLACE_KIND_LABEL[place.kind].en}</div>
        </>
      ) : null}
      {link ? (
        <>
          <strong>{link.title_en}</strong>
          <div className="meta">
            {LINK_KIND_LABEL[link.kind].en} · {formatIsoDate(link.date, 'en')}
          </div>
        </>
      ) : null}
    </div>
  );
}
