'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useAtlasData, usePlaceName } from '@/components/atlas/use-atlas-data';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { useSelection } from '@/components/atlas/view';
import type { LinkProperties } from '@/lib/api/contract/links';
import type { PlaceProperties } from '@/lib/api/contract/places';
import type { Source } from '@/lib/data/schema';
import type { Locale } from '@/lib/domain';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL, PLACE_KIND_LABEL } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/numbers';
import { STATUS_MARK } from '@/lib/format/status';
import { langTag, localized, otherLanguage } from '@/lib/i18n/localized';
import { SourceCitation } from './SourceCitation';

function StatusMark({
  status,
  what,
  locale,
}: {
  status: keyof typeof STATUS_MARK;
  what: string;
  locale: Locale;
}) {
  const mark = STATUS_MARK[status];
  return mark ? (
    <span className="status">
      {what}
      {locale === 'zh' ? '' : ' '}
      {mark[locale]}
    </span>
  ) : null;
}

function SourceList({ ids, sourceById }: { ids: readonly string[]; sourceById: Map<string, Source> }) {
  const t = useTranslations('details');
  return (
    <>
      <h3 className="detail-subtitle">{t('sources')}</h3>
      <ul className="sources">
        {ids.map((id) => {
          const source = sourceById.get(id);
          return source ? (
            <SourceCitation key={id} source={source} />
          ) : (
            <li key={id}>{t('sourceMissing', { id })}</li>
          );
        })}
      </ul>
    </>
  );
}

type Shared = { nameOf: (id: string) => string; sourceById: Map<string, Source>; locale: Locale };

/** How many links a detail lists before pointing to the list beside the map. */
const DETAIL_LIST_LIMIT = 10;

function LinkTitles({
  links,
  locale,
  onSelect,
}: {
  links: LinkProperties[];
  locale: Locale;
  onSelect?: (id: string) => void;
}) {
  const t = useTranslations('details');
  const hidden = links.length - DETAIL_LIST_LIMIT;
  return (
    <>
      <ul className="plain">
        {links.slice(0, DETAIL_LIST_LIMIT).map((link) => (
          <li key={link.id}>
            {onSelect ? (
              <button type="button" className="link-button" onClick={() => onSelect(link.id)}>
                {localized(link, 'title', locale)} ({link.year})
              </button>
            ) : (
              <>
                {localized(link, 'title', locale)} ({link.year})
              </>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p className="meta">{t('moreInList', { count: hidden })}</p> : null}
    </>
  );
}

function LinkDetails({
  link,
  nameOf,
  sourceById,
  locale,
  sameArc,
  onSelect,
}: Shared & { link: LinkProperties; sameArc: LinkProperties[]; onSelect: (id: string) => void }) {
  const t = useTranslations('details');
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <>
      <h2 id="detail-title" className="detail-title">
        {localized(link, 'title', locale)}
      </h2>
      <p className="meta" lang={langTag(other)}>
        {otherLanguage(link, 'title', locale)}
      </p>
      <p className="meta">
        {LINK_KIND_LABEL[link.kind][locale]} · {nameOf(link.from)} {link.mutual ? '↔' : '→'} {nameOf(link.to)}
      </p>
      <dl className="facts">
        <dt>{t('date')}</dt>
        <dd>
          <time dateTime={link.date}>{formatIsoDate(link.date, locale)}</time>{' '}
          <StatusMark status={link.date_status} what={t('year')} locale={locale} />
        </dd>
        {link.venue ? (
          <>
            <dt>{t('venue')}</dt>
            <dd>{nameOf(link.venue)}</dd>
          </>
        ) : null}
        {link.terms.map((term) => (
          <div key={term.label.en} className="fact-row">
            <dt>{term.label[locale]}</dt>
            <dd>
              {formatNumber(term.value, 'count', locale)}
              {locale === 'zh' ? '' : ` ${term.unit}`}
            </dd>
          </div>
        ))}
      </dl>
      <p>{localized(link, 'summary', locale)}</p>
      <SourceList ids={link.sources} sourceById={sourceById} />
      {sameArc.length > 0 ? (
        <>
          <h3 className="detail-subtitle">{t('sameArc', { count: sameArc.length })}</h3>
          <LinkTitles links={sameArc} locale={locale} onSelect={onSelect} />
        </>
      ) : null}
    </>
  );
}

function PlaceDetails({
  place,
  nameOf,
  linksHere,
  sourceById,
  locale,
}: Shared & { place: PlaceProperties; linksHere: LinkProperties[] }) {
  const t = useTranslations('details');
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
        {t('marker', { note: localized(place, 'coordinate_note', locale) })}{' '}
        <StatusMark status={place.coordinate_status} what={t('location')} locale={locale} />
      </p>
      {linksHere.length > 0 ? (
        <>
          <h3 className="detail-subtitle">{t('links')}</h3>
          <LinkTitles links={linksHere} locale={locale} />
        </>
      ) : null}
      <SourceList ids={[place.coordinate_source]} sourceById={sourceById} />
    </>
  );
}

/** The selected place or link in full, with the sources that support it. */
export function DetailPanel() {
  const t = useTranslations('details');
  const locale = useLocale();
  const [selected, select] = useSelection();
  const { placeById, linkById, links, sourceById } = useAtlasData();
  const nameOf = usePlaceName();
  const { groupOf } = useLinkGroups();

  useEffect(() => {
    if (!selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select]);

  if (!selected) return null;
  const link = selected.type === 'link' ? linkById.get(selected.id)?.properties : undefined;
  const place = selected.type === 'place' ? placeById.get(selected.id)?.properties : undefined;
  if (!link && !place) return null;
  const linksHere = place
    ? (links?.features ?? [])
        .map((f) => f.properties)
        .filter((l) => l.from === place.id || l.to === place.id || l.venue === place.id)
    : [];

  return (
    <section className="detail-panel" aria-labelledby="detail-title" data-testid="detail-panel">
      <button type="button" className="close-button" onClick={() => select(null)} aria-label={t('close')}>
        ×
      </button>
      {link ? (
        <LinkDetails
          link={link}
          nameOf={nameOf}
          sourceById={sourceById}
          locale={locale}
          sameArc={(groupOf.get(link.id)?.members ?? []).filter((member) => member.id !== link.id)}
          onSelect={(id) => select({ type: 'link', id })}
        />
      ) : null}
      {place ? (
        <PlaceDetails
          place={place}
          nameOf={nameOf}
          linksHere={linksHere}
          sourceById={sourceById}
          locale={locale}
        />
      ) : null}
    </section>
  );
}
