import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import { placeTreeOfFeatures } from '@/lib/data/place-tree';
import type { Selection } from '@/lib/domain';
import { type Bounds, boundsOf, padBounds } from '@/lib/geo/bounds';
import type { ArcGeometry, Position } from '@/lib/geo/great-circle';
import { placeColour } from '@/lib/palette';

type PlaceFeature = PlaceFeatureCollection['features'][number];
/** Anything drawn as an arc: a link from /api/links, or a group of links on the map. */
type ArcFeature = { geometry: ArcGeometry };

/** Room for the view buttons along the top when the map frames something (MapLibre's fitBounds padding). */
export const FIT_PADDING = { top: 64, right: 48, bottom: 40, left: 48 } as const;

/** The closest a view button or a selection frames: a lone point is not blown up to street level. */
export const FIT_MAX_ZOOM = 11;

export const YANGTZE_DELTA_PLACES = ['shanghai', 'suzhou', 'shaoxing', 'lingang'] as const;

const positionOf = (feature: PlaceFeature): Position => feature.geometry.coordinates;

const linkPositions = (link: ArcFeature): Position[] =>
  link.geometry.type === 'LineString' ? link.geometry.coordinates : link.geometry.coordinates.flat();

/** The box that shows every place and the whole of every arc: Shanghai to Boston over the Pacific. */
export function allPlacesBounds(
  places: PlaceFeatureCollection,
  links: { features: readonly ArcFeature[] },
): Bounds {
  return padBounds(
    boundsOf([...places.features.map(positionOf), ...links.features.flatMap(linkPositions)]),
    0.05,
  );
}

/** The Yangtze River Delta: the Chinese places and every site inside them. */
export function yangtzeDeltaBounds(places: PlaceFeatureCollection): Bounds {
  const { rootOf } = placeTreeOfFeatures(places);
  const delta = places.features.filter((f) =>
    (YANGTZE_DELTA_PLACES as readonly string[]).includes(rootOf(f.id)),
  );
  return padBounds(boundsOf(delta.map(positionOf)), 0.25);
}

export function linkBounds(link: ArcFeature): Bounds {
  return padBounds(boundsOf(linkPositions(link)), 0.1);
}

/** A place with the sites inside it, or a small box around a lone point. */
export function placeBounds(places: PlaceFeatureCollection, id: string): Bounds {
  const inside = placeTreeOfFeatures(places).withDescendants(id);
  const members = places.features.filter((f) => inside.has(f.id));
  return padBounds(boundsOf(members.map(positionOf)), 0.3, 0.08);
}

/** Adds each place's colour (its own, or its featured ancestor's) for the map's paint expressions. */
export function withPlaceColours(places: PlaceFeatureCollection) {
  const { parentOf } = placeTreeOfFeatures(places);
  return {
    ...places,
    features: places.features.map((f) => ({
      ...f,
      properties: { ...f.properties, colour: placeColour(f.id, parentOf) },
    })),
  };
}

/**
 * The box that brings a selection into view: a place with its sites, or a link's arc (the
 * arc of the group that draws it, found by `drawnAs`); null when it is not on the map.
 */
export function selectionBounds(
  target: Selection,
  places: PlaceFeatureCollection,
  arcs: { features: readonly (ArcFeature & { id: string })[] },
  drawnAs: (target: Selection) => Selection | null,
): Bounds | null {
  if (target.type === 'place') return placeBounds(places, target.id);
  const arc = arcs.features.find((f) => f.id === drawnAs(target)?.id);
  return arc ? linkBounds(arc) : null;
}
