import { type CitingLink, citedSources } from '@/lib/data/evidence';
import type { Source } from '@/lib/data/schema';

export type SourceKind = Source['kind'];

/** Source kinds in the order an evidence summary names them, firmest first. */
export const EVIDENCE_KINDS: readonly SourceKind[] = [
  'seed_document',
  'official',
  'news',
  'secondary',
  'reference',
];

/**
 * Every distinct source a link cites (itself, its terms, actors, events and status),
 * by kind: the "which" behind the evidence counts. A source whose kind is unknown is
 * left out (the source list says it could not be loaded).
 */
export function evidenceSources(
  link: CitingLink,
  kindOf: (id: string) => SourceKind | undefined,
): Record<SourceKind, string[]> {
  const ids = citedSources(link);
  const byKind = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, [] as string[]])) as Record<
    SourceKind,
    string[]
  >;
  for (const id of ids) {
    const kind = kindOf(id);
    if (kind) byKind[kind].push(id);
  }
  return byKind;
}

type Seated = { id: string; seat: { place: string } | { lon: number; lat: number } | null };

/** The organizations whose seat is the place itself (not a site inside it). */
export function organizationsAt<O extends Seated>(organizations: readonly O[], placeId: string): O[] {
  return organizations.filter((o) => o.seat !== null && 'place' in o.seat && o.seat.place === placeId);
}
