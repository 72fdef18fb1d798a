import type { LinkProperties } from '@/lib/api/links-output';
import type { PlaceFeatureCollection } from '@/lib/api/places-output';
import type { Selection } from '@/lib/domain';

export type Related = { places: Set<string>; links: Set<string> };

/** What highlighting needs of a link: links from the API and the arcs the map draws both have it. */
export type LinkEnds = {
  features: readonly { id: string; properties: Pick<LinkProperties, 'id' | 'from' | 'to' | 'venue'> }[];
};

/**
 * What stays bright when something is focused: a link with its two places and
 * venue; a place with the places inside it, the links that touch any of them,
 * and the places at their other ends.
 */
export function relatedTo(focus: Selection, places: PlaceFeatureCollection, links: LinkEnds): Related {
  if (focus.type === 'link') {
    const link = links.features.find((f) => f.id === focus.id)?.properties;
    if (!link) return { places: new Set(), links: new Set() };
    return {
      places: new Set([link.from, link.to, ...(link.venue ? [link.venue] : [])]),
      links: new Set([link.id]),
    };
  }
  const inside = new Set([focus.id]);
  for (const feature of places.features) {
    if (feature.properties.parent === focus.id) inside.add(feature.id);
  }
  const touching = links.features
    .map((f) => f.properties)
    .filter((l) => inside.has(l.from) || inside.has(l.to) || (l.venue !== null && inside.has(l.venue)));
  return {
    places: new Set([...inside, ...touching.flatMap((l) => [l.from, l.to])]),
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
  links: LinkEnds,
): Set<string> {
  if (!focus) return new Set();
  const parentOf = new Map(places.features.map((f) => [f.id, f.properties.parent]));
  const withAncestors = (id: string) => {
    const chain = [id];
    for (let up = parentOf.get(id); up; up = parentOf.get(up)) chain.push(up);
    return chain;
  };
  if (focus.type === 'place') return new Set(withAncestors(focus.id));
  const link = links.features.find((f) => f.id === focus.id)?.properties;
  return new Set(link ? [...withAncestors(link.from), ...withAncestors(link.to)] : []);
}
