import { inYearRange, yearRangeOf } from '@/lib/domain';
import { type ArcGeometry, arcGeometry } from '@/lib/geo/great-circle';
import type { Dataset } from './load';
import { placeTree } from './place-tree';
import type { Link, LinkKind } from './schema';

export const linkYear = (link: Link) => Number(link.date.slice(0, 4));

export type LinkFilter = { from?: number; to?: number; kind?: readonly LinkKind[]; place?: string };

export function findLinks(dataset: Dataset, filter: LinkFilter): Link[] {
  const years = yearRangeOf(filter.from, filter.to);
  const touching =
    filter.place === undefined
      ? null
      : new Set(placeTree(dataset.places, dataset.links).linksTouching(filter.place));
  return dataset.links.filter(
    (link) =>
      inYearRange(linkYear(link), years) &&
      (filter.kind === undefined || filter.kind.includes(link.kind)) &&
      (touching === null || touching.has(link)),
  );
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
