/** Enough of a link to tell whether a place takes part in it. */
type LinkEnds = { from: string; to: string; venue: string | null };

/**
 * The links a place's details list: those that start or end at the place, or were
 * signed or held there (its venue). Only the place itself counts, not the sites
 * inside it: a park's details list the park's links, a city's its own.
 */
export function linksAtPlace<L extends LinkEnds>(links: readonly L[], placeId: string): L[] {
  return links.filter((link) => link.from === placeId || link.to === placeId || link.venue === placeId);
}
