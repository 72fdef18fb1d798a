import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CiteThis } from '@/components/entity/CiteThis';
import { EntityMap } from '@/components/entity/EntityMap';
import { EntityNav } from '@/components/entity/EntityNav';
import { EntitySources, SourceNote } from '@/components/entity/EntitySources';
import { StatusMark } from '@/components/panels/StatusMark';
import { getDataset } from '@/lib/data/load';
import { organizationRoles } from '@/lib/data/organizations';
import { sourcesById } from '@/lib/data/sources';
import { isId } from '@/lib/domain';
import { entityMetadata } from '@/lib/entity/metadata';
import { pageRequest } from '@/lib/entity/page-request';
import { atlasHref, entityPath, organizationSelection } from '@/lib/entity/paths';
import { organizationSourceIds } from '@/lib/entity/sources';
import { ACTOR_ROLE_LABEL, ORGANIZATION_KIND_LABEL } from '@/lib/format/labels';
import { langTag } from '@/lib/i18n/localized';

type Props = { params: Promise<{ id: string }> };

function findOrganization(id: string) {
  return isId(id) ? getDataset().organizations.find((o) => o.id === id) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const organization = findOrganization(id);
  if (!organization) return {};
  const { locale, origin } = await pageRequest();
  const site = (await getTranslations('site'))('title');
  const other = locale === 'zh' ? 'en' : 'zh';
  return entityMetadata({
    kind: 'organization',
    id,
    locale,
    origin,
    title: `${organization.name[locale]} ${organization.name[other]} — ${site}`,
    description: organization.description[locale],
    selection: null,
  });
}

/** An organization on its own page: its seat, its roles in the links, and the sources that name it. */
export default async function OrganizationPage({ params }: Props) {
  const { id } = await params;
  const organization = findOrganization(id);
  if (!organization) notFound();
  const dataset = getDataset();
  const { locale, origin, today } = await pageRequest();
  const t = await getTranslations('entity');
  const details = await getTranslations('details');
  const other = locale === 'zh' ? 'en' : 'zh';
  const sourceById = sourcesById(dataset);
  const sourceIds = organizationSourceIds(organization);
  const roles = organizationRoles(dataset, id);
  const selection = organizationSelection(
    organization,
    roles.map((r) => r.link),
  );
  const parent = organization.parent
    ? dataset.organizations.find((o) => o.id === organization.parent)
    : undefined;
  const { seat } = organization;

  return (
    <main className="page entity-page" data-entity={`organization:${id}`}>
      <EntityNav
        locale={locale}
        mapHref={selection ? atlasHref(selection, locale) : null}
        mapLabel={selection?.type === 'place' ? t('showSeatOnMap') : t('showLinkOnMap')}
      />
      <p className="meta">
        {t('organization')} · {ORGANIZATION_KIND_LABEL[organization.kind][locale]}
      </p>
      <h1>{organization.name[locale]}</h1>
      <dl className="facts">
        <dt>{t('otherName')}</dt>
        <dd lang={langTag(other)}>{organization.name[other]}</dd>
        {parent ? (
          <>
            <dt>{t('parentOrganization')}</dt>
            <dd>
              <a href={entityPath('organization', parent.id, locale)}>{parent.name[locale]}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('seat')}</dt>
        <dd data-testid="organization-seat">
          {seat === null ? (
            t('noSeat')
          ) : (
            <>
              {'place' in seat ? (
                <a href={entityPath('place', seat.place, locale)}>
                  {dataset.places.find((p) => p.id === seat.place)?.name[locale] ?? seat.place}
                </a>
              ) : (
                t('ownSeat', { lat: seat.lat, lon: seat.lon })
              )}{' '}
              <span className="meta">— {seat.note[locale]}</span>{' '}
              <StatusMark status={seat.status} what={details('location')} locale={locale} />{' '}
              <SourceNote id={seat.source} sourceById={sourceById} />
            </>
          )}
        </dd>
      </dl>
      {selection ? (
        <EntityMap selection={selection} locale={locale} name={organization.name[locale]} />
      ) : null}
      <p>{organization.description[locale]}</p>
      <section aria-labelledby="entity-roles">
        <h2 id="entity-roles">{t('roles')}</h2>
        {roles.length === 0 ? (
          <p>{t('noRoles')}</p>
        ) : (
          <ul className="plain" data-testid="organization-roles">
            {roles.map(({ link: linkId, role }) => {
              const link = dataset.links.find((l) => l.id === linkId);
              return (
                <li key={`${linkId}:${role}`}>
                  {ACTOR_ROLE_LABEL[role][locale]}:{' '}
                  <a href={entityPath('link', linkId, locale)}>{link?.title[locale] ?? linkId}</a>
                  {link ? ` (${link.date.slice(0, 4)})` : ''}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <EntitySources ids={sourceIds} sourceById={sourceById} locale={locale} />
      <CiteThis
        title={organization.name[locale]}
        url={`${origin}${entityPath('organization', id, locale)}`}
        accessed={today}
        sources={sourceIds.flatMap((s) => sourceById.get(s) ?? [])}
        locale={locale}
      />
    </main>
  );
}
