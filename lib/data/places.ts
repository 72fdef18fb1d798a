import type { Dataset } from './load';
import type { Place, PlaceKind } from './schema';

export function findPlaces(dataset: Dataset, filter: { kind?: readonly PlaceKind[] }): Place[] {
  const kinds = filter.kind;
  return kinds ? dataset.places.filter((p) => kinds.includes(p.kind)) : dataset.places;
}
