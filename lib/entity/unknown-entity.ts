import type { Dataset } from '@/lib/data/load';
import { isId } from '@/lib/domain';

const ENTITY_PATH = /^\/(places|organizations|links|documents)\/([^/]+)\/?$/;

/**
 * Whether a path is an entity's or a document's page for an id the data does not have.
 * The proxy answers those with the 404 page itself: a dynamic page that calls notFound()
 * sends its 404 body only in the React payload, so without JavaScript it reads blank.
 */
export function isUnknownEntityPath(pathname: string, dataset: Dataset): boolean {
  const match = ENTITY_PATH.exec(pathname);
  if (!match) return false;
  const [, segment, raw = ''] = match;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return true;
  }
  if (!isId(id)) return true;
  const records =
    segment === 'places'
      ? dataset.places
      : segment === 'organizations'
        ? dataset.organizations
        : segment === 'links'
          ? dataset.links
          : dataset.documents;
  return !records.some((record) => record.id === id);
}
