'use client';

import { useLocale } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useViewActions } from '@/components/atlas/view';
import type { OrganizationOutput } from '@/lib/api/contract/organizations';
import { ACTOR_ROLE_LABEL } from '@/lib/format/labels';
import { localized } from '@/lib/i18n/localized';

/** An organization's roles, each a button that selects the link it acts in. */
export function OrganizationRoles({ organization }: { organization: OrganizationOutput }) {
  const locale = useLocale();
  const { linkById } = useAtlasData();
  const { selectAndFrame } = useViewActions();
  return (
    <ul className="plain">
      {organization.roles.map(({ link: id, role }) => {
        const link = linkById.get(id)?.properties;
        return (
          <li key={`${id}:${role}`}>
            {ACTOR_ROLE_LABEL[role][locale]}:{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => selectAndFrame({ type: 'link', id })}
            >
              {link ? `${localized(link, 'title', locale)} (${link.year})` : id}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
