import type { Locale, Selection } from '@/lib/domain';
import { viewHref } from '@/lib/view/serialize';

/** What has a page of its own: the view's selectable places and links, and the organizations. */
export const ENTITY_KINDS = ['place', 'organization', 'link'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

const SEGMENT: Record<EntityKind, string> = { place: 'places', organization: 'organizations', link: 'links' };

/** `/places/boston`, `/links/shanghai-suzhou-193-tasks`; with `?lang=` when a language is given. */
export function entityPath(kind: EntityKind, id: string, locale?: Locale): string {
  const path = `/${SEGMENT[kind]}/${encodeURIComponent(id)}`;
  return locale ? `${path}?lang=${locale}` : path;
}

/** The share-preview image of an organization's page (app/og/organizations/[id]). */
export const organizationPreviewPath = (id: string, locale: Locale): string =>
  `/og${entityPath('organization', id, locale)}`;

type Seated = { seat: { place: string } | { lon: number; lat: number } | null };

/**
 * What choosing an organization selects in the view, which knows places and links only:
 * the place it is seated at, else the first link it acts in, else nothing.
 */
export function organizationSelection(organization: Seated, roleLinks: readonly string[]): Selection | null {
  const { seat } = organization;
  if (seat !== null && 'place' in seat) return { type: 'place', id: seat.place };
  const [first] = roleLinks;
  return first === undefined ? null : { type: 'link', id: first };
}

/** The atlas with the entity selected, in the page's language. */
export function atlasHref(selection: Selection | null, locale: Locale): string {
  return viewHref('/', { selection, language: locale });
}
