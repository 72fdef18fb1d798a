'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData, usePlaceName } from '@/components/atlas/use-atlas-data';
import type { PlaceProperties } from '@/lib/api/contract/places';
import { linksAtPlace } from '@/lib/details/place-links';
import { PLACE_KIND_LABEL } from '@/lib/format/labels';
import { langTag, localized, otherLanguage } from '@/lib/i18n/localized';
import { LinkTitles } from './LinkTitles';
import { PageLink } from './PageLink';
import { PlaceOrganizations } from './PlaceOrganizations';
import { SourceList } from './SourceList';
import { StatusMark } from './StatusMark';

/** A place in full: names in both languages, kind and parent, description, what its marker stands for, its links. */
export function PlaceDetails({ place }: { place: PlaceProperties }) {
  const t = useTranslations('details');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const { links } = useAtlasData();
  const linksHere = linksAtPlace(
    (links?.features ?? []).map((f) => f.properties),
    place.id,
  );
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <>
      <h2 id="detail-title" className="detail-title">
        {localized(place, 'name', locale)}{' '}
        <span lang={langTag(other)}>{otherLanguage(place, 'name', locale)}</span>
      </h2>
      <p className="meta">
        {PLACE_KIND_LABEL[place.kind][locale]}
        {place.parent ? ` · ${t('in', { place: nameOf(place.parent) })}` : ''}
      </p>
      <p>{localized(place, 'description', locale)}</p>
      <p className="meta">
        <PageLink kind="place" id={place.id} name={localized(place, 'name', locale)} />
      </p>
      <p className="meta">
        {t('marker', { note: localized(place, 'coordinate_note', locale) })}{' '}
        <StatusMark status={place.coordinate_status} what={t('location')} locale={locale} />
      </p>
      {linksHere.length > 0 ? (
        <>
          <h3 className="detail-subtitle">{t('links')}</h3>
          <LinkTitles links={linksHere} />
        </>
      ) : null}
      <PlaceOrganizations placeId={place.id} />
      <SourceList ids={[place.coordinate_source]} />
    </>
  );
}
