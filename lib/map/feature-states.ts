import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import type { Selection } from '@/lib/domain';
import { type LinkEndFeatures, relatedTo } from './highlight';

export type FeatureState = { hover: boolean; selected: boolean; dimmed: boolean };
export type FeatureKey = { kind: Selection['type']; id: string };

const DEFAULT: FeatureState = { hover: false, selected: false, dimmed: false };
const keyOf = (kind: Selection['type'], id: string) => `${kind}:${id}`;
const same = (a: FeatureState, b: FeatureState) =>
  a.hover === b.hover && a.selected === b.selected && a.dimmed === b.dimmed;

/**
 * The states that differ from the default, keyed by `kind:id`. Only a selection dims
 * what is unrelated to it: dimming on hover would touch every feature at every pointer
 * move, which with thousands of links costs more than the move may take.
 */
export function featureStates(
  hovered: Selection | null,
  selected: Selection | null,
  places: PlaceFeatureCollection,
  links: LinkEndFeatures,
): Map<string, FeatureState> {
  const states = new Map<string, FeatureState>();
  const set = (kind: Selection['type'], id: string, change: Partial<FeatureState>) => {
    const key = keyOf(kind, id);
    states.set(key, { ...(states.get(key) ?? DEFAULT), ...change });
  };
  if (selected) {
    const keep = relatedTo(selected, places, links);
    for (const { id } of places.features) if (!keep.places.has(id)) set('place', id, { dimmed: true });
    for (const { properties: link } of links.features) {
      if (!keep.links.has(link.id)) set('link', link.id, { dimmed: true });
    }
    set(selected.type, selected.id, { selected: true });
  }
  if (hovered) set(hovered.type, hovered.id, { hover: true });
  return states;
}

/**
 * What to tell the map to go from one set of states to the next: the features whose
 * state changed, and those that return to the default.
 */
export function stateChanges(
  previous: ReadonlyMap<string, FeatureState>,
  next: ReadonlyMap<string, FeatureState>,
): { feature: FeatureKey; state: FeatureState }[] {
  const changes: { feature: FeatureKey; state: FeatureState }[] = [];
  const feature = (key: string): FeatureKey => {
    const colon = key.indexOf(':');
    return { kind: key.slice(0, colon) as Selection['type'], id: key.slice(colon + 1) };
  };
  for (const [key, state] of next) {
    const before = previous.get(key) ?? DEFAULT;
    if (!same(before, state)) changes.push({ feature: feature(key), state });
  }
  for (const [key, state] of previous) {
    if (!next.has(key) && !same(state, DEFAULT)) changes.push({ feature: feature(key), state: DEFAULT });
  }
  return changes;
}
