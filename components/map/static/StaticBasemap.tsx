import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import type { Locale } from '@/lib/domain';
import type { BasemapPicture } from '@/lib/map/static/basemap';
import type { Extent } from '@/lib/map/static/geometry';
import { keepMarkup } from '@/lib/map/static/markup-store';
import { basemapMarkup } from '@/lib/map/static/svg';
import { isDocumentLoad } from '@/lib/security/page-cache';
import { BasemapMarkup } from './BasemapMarkup';

/**
 * The basemap of the static map, drawn on the server (lib/map/static/svg.ts basemapMarkup).
 * For the page's HTML its markup goes through the markup store, so that it is in the page
 * once; the router's payload of a later view carries it whole. Next hides its router's own
 * headers from the page, so a payload request is told by its fetch metadata, as the proxy
 * tells it; a browser that sends none gets a later view without its basemap.
 */
export async function StaticBasemap({
  basemap,
  extent,
  language,
}: {
  basemap: BasemapPicture;
  extent: Extent;
  language: Locale;
}) {
  const markup = basemapMarkup(basemap, extent, language);
  const id = createHash('sha256').update(markup).digest('base64url').slice(0, 22);
  if (!isDocumentLoad(await headers())) return <BasemapMarkup id={id} markup={markup} />;
  keepMarkup(id, markup);
  return <BasemapMarkup id={id} />;
}
