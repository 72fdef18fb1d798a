import { type ArcGeometry, arcGeometry } from '@/lib/geo/great-circle';
import type { Dataset } from './load';
import { placeWithDescendants } from './places';
import type { Link, LinkKind } from './schema';

export const linkYear = (link: Link) => Number(link.date.slice(0, 4));

export type LinkFilter = { from?: number; to?: number; kind?: readonly LinkKind[]; place?: string };

export function findLinks(dataset: Dataset, filter: LinkFilter): Link[] {
  const around = filter.place === undefined ? null : placeWithDescendants(dataset, filter.place);
  return dataset.links.filter((link) => {
    const year = linkYear(link);
    if (filter.from !== undefined && year < filter.from) return false;
    if (filter.to !== undefined && year > filter.to) return false;
    if (filter.kind && !filter.kind.includes(link.kind)) return false;
    if (around && !around.has(link.from) && !around.has(link.to) && !(link.venue && around.has(link.venue))) {
      return false;
    }
    return true;
  });
}

const arcCache = new WeakMap<Link, ArcGeometry>();

/** The arc drawn for a link, computed once per link. */
export function linkArc(dataset: Dataset, link: Link): ArcGeometry {
  const cached = arcCache.get(link);
  if (cached) return cached;
  const position = (id: string): [number, number] => {
    const place = dataset.places.find((p) => p.id === id);
    if (!place) throw new Error(`link ${link.id} names unknown place ${id}`);
    return [place.coordinates.lon, place.coordinates.lat];
  };
  const arc = arcGeometry(position(link.from), position(link.to));
  arcCache.set(link, arc);
  return arc;
}
