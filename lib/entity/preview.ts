import type { Dataset } from '@/lib/data/load';
import { organizationRoles } from '@/lib/data/organizations';
import type { Organization } from '@/lib/data/schema';
import type { Locale, Selection } from '@/lib/domain';
import { ACTOR_ROLE_LABEL, ORGANIZATION_KIND_LABEL } from '@/lib/format/labels';
import { translatorFor } from '@/lib/i18n/translator';
import type { PreviewContent } from '@/lib/view/preview';
import { organizationSelection } from './paths';

/** How many of an organization's links its preview names. */
const NAMED_LINKS = 2;

/**
 * What an organization's share preview says (its name, kind and seat, the links it acts in)
 * and what its map shows: its seat, or else its first link (the page's own choice).
 */
export function organizationPreview(
  organization: Organization,
  dataset: Dataset,
  locale: Locale,
): { content: PreviewContent; selection: Selection | null } {
  const t = translatorFor(locale);
  const roles = organizationRoles(dataset, organization.id);
  const { seat } = organization;
  const seatPlace =
    seat && 'place' in seat ? dataset.places.find((place) => place.id === seat.place) : undefined;
  const named = roles.slice(0, NAMED_LINKS).flatMap(({ link: id, role }) => {
    const link = dataset.links.find((l) => l.id === id);
    return link ? [`${link.title[locale]} (${ACTOR_ROLE_LABEL[role][locale]})`] : [];
  });
  const more = roles.length - named.length;
  return {
    content: {
      heading: organization.name[locale],
      subheading: [ORGANIZATION_KIND_LABEL[organization.kind][locale], seatPlace?.name[locale]]
        .filter(Boolean)
        .join(' · '),
      figure: t('preview.organizationLinks', { count: roles.length }),
      figureNote:
        named.length > 0
          ? [named.join(' · '), more > 0 ? t('preview.moreLinks', { count: more }) : null]
              .filter(Boolean)
              .join(' · ')
          : null,
    },
    selection: organizationSelection(
      organization,
      roles.map((r) => r.link),
    ),
  };
}
