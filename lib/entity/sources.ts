import { type CitingLink, citedSources } from '@/lib/data/evidence';
import type { Organization, Place } from '@/lib/data/schema';

/** Each id once, in the order first cited. */
const distinct = (ids: readonly string[]) => [...new Set(ids)];

/** What a place's page rests on: where its marker stands, then its figures' sources. */
export function placeSourceIds(place: Pick<Place, 'coordinates'>, figures: readonly { source: string }[]) {
  return distinct([place.coordinates.source, ...figures.map((f) => f.source)]);
}

/** What an organization's page rests on: its own sources, then its seat's. */
export function organizationSourceIds(organization: Pick<Organization, 'sources' | 'seat'>) {
  return distinct([...organization.sources, ...(organization.seat ? [organization.seat.source] : [])]);
}

/** What a link's page rests on: every source it, its terms, actors, events and status cite. */
export const linkSourceIds = (link: CitingLink) => [...citedSources(link)];
