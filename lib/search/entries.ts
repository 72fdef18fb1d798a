import type { Selection } from '@/lib/domain';
import { organizationSelection } from '@/lib/entity/paths';
import type { SearchEntry } from './match';

/** A search entry with what choosing it selects in the view (null: an organization the map cannot show). */
export type AtlasSearchEntry = SearchEntry & { selection: Selection | null };

type Names = { id: string; name_en: string; name_zh: string };
type Titles = { id: string; title_en: string; title_zh: string };
type Organization = {
  id: string;
  name: { en: string; zh: string };
  seat: { place: string } | { lon: number; lat: number } | null;
  roles: readonly { link: string }[];
};

/** Everything the search box finds, from the API's places, links and organizations as the page holds them. */
export function atlasSearchEntries(
  places: readonly Names[],
  links: readonly Titles[],
  organizations: readonly Organization[],
): AtlasSearchEntry[] {
  return [
    ...places.map((p) => ({
      kind: 'place' as const,
      id: p.id,
      name: { en: p.name_en, zh: p.name_zh },
      selection: { type: 'place' as const, id: p.id },
    })),
    ...organizations.map((o) => ({
      kind: 'organization' as const,
      id: o.id,
      name: o.name,
      selection: organizationSelection(
        o,
        o.roles.map((r) => r.link),
      ),
    })),
    ...links.map((l) => ({
      kind: 'link' as const,
      id: l.id,
      name: { en: l.title_en, zh: l.title_zh },
      selection: { type: 'link' as const, id: l.id },
    })),
  ];
}
