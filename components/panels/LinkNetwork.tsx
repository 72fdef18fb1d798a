'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import type { LinkIndexProperties, LinkProperties } from '@/lib/api/contract/links';
import { formatIsoDate } from '@/lib/format/dates';
import { ACTOR_ROLE_LABEL, EVENT_KIND_LABEL, LIFECYCLE_LABEL } from '@/lib/format/labels';
import { SourceRef } from './SourceRef';
import { StatusMark } from './StatusMark';

/** Who acts in a link and in what role, where it stands, and its dated events, each with its source. */
export function LinkNetwork({
  link,
  events,
}: {
  link: LinkIndexProperties;
  events: LinkProperties['events'];
}) {
  const t = useTranslations('details');
  const locale = useLocale();
  const { organizationById } = useAtlasData();
  const { status } = link;
  return (
    <>
      {link.actors.length > 0 ? (
        <>
          <h3 className="detail-subtitle">{t('actors')}</h3>
          <ul className="plain" data-testid="link-actors">
            {link.actors.map((actor) => {
              const name = organizationById.get(actor.organization)?.name[locale] ?? actor.organization;
              return (
                <li key={`${actor.organization}:${actor.role}`}>
                  {name} · {ACTOR_ROLE_LABEL[actor.role][locale]} <SourceRef id={actor.source} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h3 className="detail-subtitle">{t('status')}</h3>
      <p data-testid="link-status">
        {LIFECYCLE_LABEL[status.value][locale]}
        {status.value === 'unknown' ? null : (
          <>
            {' · '}
            <time dateTime={status.date}>{formatIsoDate(status.date, locale)}</time>{' '}
            <StatusMark status={status.dateStatus} what={t('dateWord')} locale={locale} />{' '}
            <SourceRef id={status.source} />
          </>
        )}
      </p>
      {events.length > 0 ? (
        <>
          <h3 className="detail-subtitle">{t('events')}</h3>
          <ol className="timeline" data-testid="link-events">
            {events.map((event) => (
              <li key={`${event.date}:${event.kind}`}>
                <time dateTime={event.date}>{formatIsoDate(event.date, locale)}</time>{' '}
                <StatusMark status={event.dateStatus} what={t('dateWord')} locale={locale} /> ·{' '}
                <strong>{EVENT_KIND_LABEL[event.kind][locale]}</strong>: {event.description[locale]}{' '}
                <SourceRef id={event.source} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
