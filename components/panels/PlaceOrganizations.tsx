'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { organizationsAt } from '@/lib/details/network';
import { OrganizationRoles } from './OrganizationRoles';

/** The organizations seated at a place, each with its roles in the links. */
export function PlaceOrganizations({ placeId }: { placeId: string }) {
  const t = useTranslations('details');
  const locale = useLocale();
  const seated = organizationsAt(useAtlasData().organizations ?? [], placeId);
  if (seated.length === 0) return null;
  return (
    <>
      <h3 className="detail-subtitle">{t('seatedHere')}</h3>
      <ul className="plain" data-testid="place-organizations">
        {seated.map((organization) => (
          <li key={organization.id}>
            <strong>{organization.name[locale]}</strong>
            {organization.roles.length > 0 ? (
              <OrganizationRoles organization={organization} />
            ) : (
              <p className="meta">{t('noRoles')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
