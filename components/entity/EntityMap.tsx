import { getTranslations } from 'next-intl/server';
import { getDataset } from '@/lib/data/load';
import type { Locale, Selection } from '@/lib/domain';
import { viewMapSvg } from '@/lib/map/static/view-svg';
import { DEFAULT_VIEW } from '@/lib/view/parsers';

const ENTITY_MAP_SIZE = { width: 720, height: 400 };

/**
 * The entity on the map, drawn on the server: framed as the atlas frames a selection, the
 * rest dimmed, readable without JavaScript or WebGL and in print.
 */
export async function EntityMap({
  selection,
  locale,
  name,
}: {
  selection: Selection;
  locale: Locale;
  name: string;
}) {
  const t = await getTranslations('entity');
  const title = t('mapTitle', { name });
  const svg = viewMapSvg(
    { ...DEFAULT_VIEW, selection, language: locale },
    getDataset(),
    locale,
    ENTITY_MAP_SIZE,
    title,
  );
  return (
    <figure className="entity-map" data-map-for={`${selection.type}:${selection.id}`}>
      {/* The renderer escapes every text and writes no script or style: its SVG is markup the atlas made. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn by lib/map/static from the data, not from the request. */}
      <div className="entity-map-picture" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="meta">{title}</figcaption>
    </figure>
  );
}
