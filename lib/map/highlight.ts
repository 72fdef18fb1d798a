import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import { type LinkEnds, type LinkFeatures, placeTreeOfFeatures } from '@/lib/data/place-tree';
import type { Selection } from '@/lib/domain';

export type Related = { places: Set<string>; links: Set<string> };

/** What highlighting needs of the links: links from the API and the arcs the map draws both have it. */
export type LinkEndFeatures = LinkFeatures<LinkEnds>;

/**
 * What stays bright when something is focused: a link with its two places and
 * venue; a place with the places inside it, the links that touch it (PlaceTree's
 * meaning), and the places at their other ends.
 */
export function relatedTo(focus: Selection, places: PlaceFeatureCollection, links: LinkEndFeatures): Related {
  if (focus.type === 'link') {
    const link = links.features.find((f) => f.properties.id === focus.id)?.properties;
    if (!link) return { places: new Set(), links: new Set() };
    return {
      places: new Set([link.from, link.to, ...(link.venue ? [link.venue] : [])]),
      links: new Set([link.id]),
    };
  }
  const tree = placeTreeOfFeatures(places, links);
  const touching = tree.linksTouching(focus.id);
  return {
    places: new Set([...tree.withDescendants(focus.id), ...touching.flatMap((l) => [l.from, l.to])]),
    links: new Set(touching.map((l) => l.id)),
  };
}

/**
 * The places a chart should bring forward for a focus: the place itself or both
 * ends of a link, each with the places above it, since charts show the featured
 * places (Zhangjiang's link lights up Shanghai's GDP line).
 */
export function placesInFocus(
  focus: Selection | null,
  places: PlaceFeatureCollection,
  links: LinkEndFeatures,
): Set<string> {
  if (!focus) return new Set();
  const { withAncestors } = placeTreeOfFeatures(places);
  if (focus.type === 'place') return new Set(withAncestors(focus.id));
  const link = links.features.find((f) => f.properties.id === focus.id)?.properties;
  return new Set(link ? [...withAncestors(link.from), ...withAncestors(link.to)] : []);
}
