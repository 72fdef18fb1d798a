'use client';

import { useLayoutEffect, useRef } from 'react';
import { keptMarkup } from '@/lib/map/static/markup-store';

/**
 * The markup of the basemaps that came in the page's HTML, read back once hydrated: no payload
 * carries it when Back returns to that view. A basemap a payload brought comes with it again.
 */
const arrived = new Map<string, string>();

type Props = {
  /** The basemap's id (its markup's hash). */
  id: string;
  /** The markup, when the server sent it with the router's payload; absent in the page's HTML render. */
  markup?: string;
};

/**
 * A basemap drawn by the server, as markup React does not look into: in the page's HTML the
 * server render reads it from the markup store, hydration leaves it as it is, and the flight
 * data carries only its id. A view the router brings later carries the markup itself.
 */
export function BasemapMarkup({ id, markup }: Props) {
  const group = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    if (markup !== undefined || arrived.has(id)) return;
    const drawn = group.current?.innerHTML;
    if (drawn) arrived.set(id, drawn);
  }, [id, markup]);
  const html = markup ?? keptMarkup(id) ?? arrived.get(id) ?? '';
  return (
    <>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: shapes and labels only, nothing in it takes focus. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: drawn by lib/map/static/svg.ts from the data, every text escaped; nothing from the request. */}
      <g ref={group} aria-hidden="true" dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
    </>
  );
}
