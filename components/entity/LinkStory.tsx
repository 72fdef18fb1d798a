import { getTranslations } from 'next-intl/server';
import { StatusMark } from '@/components/panels/StatusMark';
import { linkEvidence } from '@/lib/data/evidence';
import type { Dataset } from '@/lib/data/load';
import type { Link, Source } from '@/lib/data/schema';
import { inferredPart } from '@/lib/details/inferred';
import { EVIDENCE_KINDS, evidenceSources } from '@/lib/details/network';
import type { Locale } from '@/lib/domain';
import { entityPath } from '@/lib/entity/paths';
import { formatIsoDate } from '@/lib/format/dates';
import {
  ACTOR_ROLE_LABEL,
  EVENT_KIND_LABEL,
  EVIDENCE_GRADE_LABEL,
  LIFECYCLE_LABEL,
  SOURCE_KIND_LABEL,
} from '@/lib/format/labels';
import { SourceNote } from './EntitySources';

/** A link's actors and their roles, where it stands, its dated events and how well the sources hold it up. */
export async function LinkStory({
  link,
  dataset,
  sourceById,
  locale,
}: {
  link: Link;
  dataset: Dataset;
  sourceById: ReadonlyMap<string, Source>;
  locale: Locale;
}) {
  const t = await getTranslations('entity');
  const details = await getTranslations('details');
  const evidence = linkEvidence(link, dataset.sources);
  const byKind = evidenceSources(link, (id) => sourceById.get(id)?.kind);
  const words = {
    date: details('inferredDate'),
    status: details('inferredStatus'),
    event: (event: string, date: string) => details('inferredEvent', { event, date }),
  };
  const { status } = link;
  return (
    <>
      {link.actors.length === 0 ? null : (
        <section aria-labelledby="entity-actors">
          <h2 id="entity-actors">{t('actors')}</h2>
          <ul className="plain" data-testid="link-actors">
            {link.actors.map((actor) => {
              const organization = dataset.organizations.find((o) => o.id === actor.organization);
              return (
                <li key={`${actor.organization}:${actor.role}`}>
                  <a href={entityPath('organization', actor.organization, locale)}>
                    {organization?.name[locale] ?? actor.organization}
                  </a>{' '}
                  · {ACTOR_ROLE_LABEL[actor.role][locale]}{' '}
                  <SourceNote id={actor.source} sourceById={sourceById} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="entity-status">
        <h2 id="entity-status">{t('lifecycle')}</h2>
        <p data-testid="link-status">
          {LIFECYCLE_LABEL[status.value][locale]}
          {status.value === 'unknown' ? null : (
            <>
              {' · '}
              <time dateTime={status.date}>{formatIsoDate(status.date, locale)}</time>{' '}
              <StatusMark status={status.dateStatus} what={details('dateWord')} locale={locale} />{' '}
              <SourceNote id={status.source} sourceById={sourceById} />
            </>
          )}
        </p>
      </section>
      <section aria-labelledby="entity-events">
        <h2 id="entity-events">{t('events')}</h2>
        {link.events.length === 0 ? (
          <p>{t('noEvents')}</p>
        ) : (
          <ol className="timeline" data-testid="link-events">
            {link.events.map((event) => (
              <li key={`${event.date}:${event.kind}`}>
                <time dateTime={event.date}>{formatIsoDate(event.date, locale)}</time>{' '}
                <StatusMark status={event.dateStatus} what={details('dateWord')} locale={locale} /> ·{' '}
                <strong>{EVENT_KIND_LABEL[event.kind][locale]}</strong>: {event.description[locale]}{' '}
                <SourceNote id={event.source} sourceById={sourceById} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="entity-evidence">
        <h2 id="entity-evidence">{t('evidence')}</h2>
        <div data-testid="link-evidence" data-grade={evidence.grade}>
          <p>
            <strong>{EVIDENCE_GRADE_LABEL[evidence.grade][locale]}</strong> ·{' '}
            {details('sourceCount', { count: evidence.sources })}
          </p>
          <dl className="facts">
            {EVIDENCE_KINDS.filter((kind) => byKind[kind].length > 0).map((kind) => (
              <div key={kind} className="fact-row">
                <dt>
                  {SOURCE_KIND_LABEL[kind][locale]} ({byKind[kind].length})
                </dt>
                <dd>
                  {byKind[kind].map((id, index) => (
                    <span key={id}>
                      {index > 0 ? '; ' : ''}
                      <SourceNote id={id} sourceById={sourceById} />
                    </span>
                  ))}
                </dd>
              </div>
            ))}
            <div className="fact-row">
              <dt>{details('inferred')}</dt>
              <dd>
                {evidence.inferred.length > 0
                  ? evidence.inferred
                      .map((part) => inferredPart(part, words, locale))
                      .join(locale === 'zh' ? '；' : '; ')
                  : details('nothingInferred')}
              </dd>
            </div>
          </dl>
        </div>
      </section>
    </>
  );
}
