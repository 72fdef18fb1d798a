import { createSerializer, parseAsInteger } from 'nuqs/server';
import { VERSION_KEY, VIEW_VERSION } from './migrations';
import { type ViewState, viewParsers, viewUrlKeys } from './parsers';

const KEY_ORDER: readonly string[] = [VERSION_KEY, ...Object.values(viewUrlKeys)];

/**
 * The one order of a view's query: the version first, then the view's keys as the contract
 * lists them, then anything else as it came (utm_source, say); a version with nothing to
 * version is left out. The address bar (through the nuqs adapter) and every link written
 * here go through it, so the same view is the same URL wherever it was written.
 */
export function canonicalOrder(search: URLSearchParams): URLSearchParams {
  const rank = (key: string) => {
    const index = KEY_ORDER.indexOf(key);
    return index === -1 ? KEY_ORDER.length : index;
  };
  const entries = [...search.entries()]
    .map((entry, position) => ({ entry, position }))
    .sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.position - b.position)
    .map(({ entry }) => entry);
  if (entries.length === 1 && entries[0]?.[0] === VERSION_KEY) return new URLSearchParams();
  return new URLSearchParams(entries);
}

const writeView = createSerializer(
  { ...viewParsers, version: parseAsInteger },
  { urlKeys: { ...viewUrlKeys, version: VERSION_KEY }, processUrlSearchParams: canonicalOrder },
);

/**
 * The query string of a view, `?v=1&…`, or `''` for the default view: defaults left out,
 * numbers rounded, in canonical order. The one writer of view links (Share, Embed, the
 * preview image, page metadata, the embed's link back), with the address bar's encoding.
 */
export const viewQuery = (view: Partial<ViewState>): string => writeView({ ...view, version: VIEW_VERSION });

/** A path with the view's query, e.g. `/embed?v=1&sel=place:boston`. */
export const viewHref = (path: string, view: Partial<ViewState>): string => `${path}${viewQuery(view)}`;
