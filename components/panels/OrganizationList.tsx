'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData, usePlaceName } from '@/components/atlas/use-atlas-data';
import type { OrganizationOutput } from '@/lib/api/contract/organizations';
import { langTag } from '@/lib/i18n/localized';
import { OrganizationRoles } from './OrganizationRoles';
import { PageLink } from './PageLink';

/**
 * Every organization the sources name, seated or not. An organization is not a view
 * selection (the URL knows places and links only): each opens in place to show its
 * roles, whose links are buttons that select them.
 */
export function OrganizationList() {
  const t = useTranslations('list');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const { organizations } = useAtlasData();
  if (!organizations) return null;
  const other = locale === 'zh' ? 'en' : 'zh';
  const seatOf = (organization: OrganizationOutput) => {
    const { seat } = organization;
    if (seat === null || organization.seatPoint === null) return t('noSeat');
    return 'place' in seat ? t('seatAt', { place: nameOf(seat.place) }) : t('ownSeat');
  };
  return (
    <>
      <h2 className="panel-title">{t('organizations')}</h2>
      <ul className="plain organization-list" data-testid="organization-list">
        {organizations.map((organization) => (
          <li key={organization.id} data-organization={organization.id}>
            <details>
              <summary>
                {organization.name[locale]} <span className="list-detail">· {seatOf(organization)}</span>
              </summary>
              <p className="meta" lang={langTag(other)}>
                {organization.name[other]}
              </p>
              <p>{organization.description[locale]}</p>
              <p className="meta">
                <PageLink kind="organization" id={organization.id} name={organization.name[locale]} />
              </p>
              {organization.roles.length > 0 ? (
                <OrganizationRoles organization={organization} />
              ) : (
                <p className="meta">{t('noRoles')}</p>
              )}
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
