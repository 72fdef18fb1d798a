import type { Dataset } from './load';
import type { Place, PlaceKind } from './schema';

export function findPlaces(dataset: Dataset, filter: { kind?: readonly PlaceKind[] }): Place[] {
  const kinds = filter.kind;
  return kinds ? dataset.places.filter((p) => kinds.includes(p.kind)) : dataset.places;
}

/** A place and every place below it (Shanghai includes Zhangjiang, Lin-gang and the convention centre). */
export function placeWithDescendants(dataset: Dataset, id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const place of dataset.places) {
      if (place.parent !== null && found.has(place.parent) && !found.has(place.id)) {
        found.add(place.id);
        grew = true;
      }
    }
  }
  return found;
}
