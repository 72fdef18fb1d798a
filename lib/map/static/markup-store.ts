import { processWide } from '@/lib/process-wide';

/**
 * Basemap markup the server has drawn for a page, by id, for the page's HTML alone.
 *
 * The server component that draws a basemap and the client component that puts it in the
 * page render in the same process, but in module graphs of their own: the store is
 * process-wide (processWide). In the browser it is empty, so the markup reaches the page once,
 * in its HTML, and not a second time in the page's flight data.
 */
/** The last few basemaps: a page reads its own within the same render. */
const KEPT = 64;

const store = () => processWide('basemap-markup', () => new Map<string, string>());

/** Keeps the markup under its id, forgetting the oldest past KEPT. */
export function keepMarkup(id: string, markup: string): void {
  const kept = store();
  kept.delete(id);
  kept.set(id, markup);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
}

/** The markup kept under `id`: on the server, during the render that kept it; never in the browser. */
export const keptMarkup = (id: string): string | undefined => store().get(id);
