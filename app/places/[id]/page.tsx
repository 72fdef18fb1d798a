import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CiteThis } from '@/components/entity/CiteThis';
import { EntityMap } from '@/components/entity/EntityMap';
import { EntityNav } from '@/components/entity/EntityNav';
import { EntitySources, SourceNote } from '@/components/entity/EntitySources';
import { PlaceFigures } from '@/components/entity/PlaceFigures';
import { StatusMark } from '@/components/panels/StatusMark';
import { getDataset } from '@/lib/data/load';
import { sourcesById } from '@/lib/data/sources';
import { organizationsAt } from '@/lib/details/network';
import { linksAtPlace } from '@/lib/details/place-links';
import { isId } from '@/lib/domain';
import { placeFigures } from '@/lib/entity/figures';
import { entityMetadata } from '@/lib/entity/metadata';
import { pageRequest } from '@/lib/entity/page-request';
import { atlasHref, entityPath } from '@/lib/entity/paths';
import { placeSourceIds } from '@/lib/entity/sources';
import { LINK_KIND_LABEL, PLACE_KIND_LABEL } from '@/lib/format/labels';
import { langTag } from '@/lib/i18n/localized';
import { describeView } from '@/lib/view/describe';
import { DEFAULT_VIEW } from '@/lib/view/parsers';

type Props = { params: Promise<{ id: string }> };

function findPlace(id: string) {
  return isId(id) ? getDataset().places.find((p) => p.id === id) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const place = findPlace(id);
  if (!place) return {};
  const { locale, origin } = await pageRequest();
  const selection = { type: 'place', id } as const;
  const { title, description } = describeView({ ...DEFAULT_VIEW, selection }, getDataset(), locale);
  return entityMetadata({ kind: 'place', id, locale, origin, title, description, selection });
}

/** A place on its own page, drawn on the server: readable without JavaScript or WebGL, and citable. */
export default async function PlacePage({ params }: Props) {
  const { id } = await params;
  const place = findPlace(id);
  if (!place) notFound();
  const dataset = getDataset();
  const { locale, origin, today } = await pageRequest();
  const t = await getTranslations('entity');
  const details = await getTranslations('details');
  const other = locale === 'zh' ? 'en' : 'zh';
  const placeName = (placeId: string) =>
    dataset.places.find((p) => p.id === placeId)?.name[locale] ?? placeId;
  const sourceById = sourcesById(dataset);
  const figures = placeFigures(dataset, id);
  const sourceIds = placeSourceIds(place, figures);
  const links = linksAtPlace(dataset.links, id);
  const seated = organizationsAt(dataset.organizations, id);
  const inside = dataset.places.filter((p) => p.parent === id);
  const { coordinates } = place;

  return (
    <main className="page entity-page" data-entity={`place:${id}`}>
      <EntityNav
        locale={locale}
        mapHref={atlasHref({ type: 'place', id }, locale)}
        mapLabel={t('showOnMap')}
      />
      <p className="meta">
        {t('place')} · {PLACE_KIND_LABEL[place.kind][locale]}
      </p>
      <h1>{place.name[locale]}</h1>
      <dl className="facts">
        <dt>{t('otherName')}</dt>
        <dd lang={langTag(other)}>{place.name[other]}</dd>
        {place.parent ? (
          <>
            <dt>{t('parent')}</dt>
            <dd>
              <a href={entityPath('place', place.parent, locale)}>{placeName(place.parent)}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('marker')}</dt>
        <dd>
          {coordinates.note[locale]}{' '}
          <StatusMark status={coordinates.status} what={details('location')} locale={locale} />{' '}
          <SourceNote id={coordinates.source} sourceById={sourceById} />
        </dd>
        <dt>{t('coordinates')}</dt>
        <dd>
          {coordinates.lat}, {coordinates.lon}
        </dd>
      </dl>
      <p>{place.description[locale]}</p>
      <EntityMap selection={{ type: 'place', id }} locale={locale} name={place.name[locale]} />
      {inside.length > 0 ? (
        <section aria-labelledby="entity-inside">
          <h2 id="entity-inside">{t('inside')}</h2>
          <ul className="plain">
            {inside.map((p) => (
              <li key={p.id}>
                <a href={entityPath('place', p.id, locale)}>{p.name[locale]}</a> ·{' '}
                {PLACE_KIND_LABEL[p.kind][locale]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="entity-links">
        <h2 id="entity-links">{t('links')}</h2>
        {links.length === 0 ? (
          <p>{t('noLinks')}</p>
        ) : (
          <ul className="plain" data-testid="place-links">
            {links.map((link) => (
              <li key={link.id}>
                <a href={entityPath('link', link.id, locale)}>{link.title[locale]}</a> (
                {link.date.slice(0, 4)}) · {LINK_KIND_LABEL[link.kind][locale]} · {placeName(link.from)}{' '}
                {link.mutual ? '↔' : '→'} {placeName(link.to)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {seated.length > 0 ? (
        <section aria-labelledby="entity-organizations">
          <h2 id="entity-organizations">{t('organizations')}</h2>
          <ul className="plain" data-testid="place-organizations">
            {seated.map((organization) => (
              <li key={organization.id}>
                <a href={entityPath('organization', organization.id, locale)}>{organization.name[locale]}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <PlaceFigures name={place.name[locale]} figures={figures} sourceById={sourceById} locale={locale} />
      <EntitySources ids={sourceIds} sourceById={sourceById} locale={locale} />
      <CiteThis
        title={place.name[locale]}
        url={`${origin}${entityPath('place', id, locale)}`}
        accessed={today}
        sources={sourceIds.flatMap((s) => sourceById.get(s) ?? [])}
        locale={locale}
      />
    </main>
  );
}
