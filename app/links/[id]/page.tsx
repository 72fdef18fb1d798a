import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CiteThis } from '@/components/entity/CiteThis';
import { EntityMap } from '@/components/entity/EntityMap';
import { EntityNav } from '@/components/entity/EntityNav';
import { EntitySources, SourceNote } from '@/components/entity/EntitySources';
import { LinkStory } from '@/components/entity/LinkStory';
import { StatusMark } from '@/components/panels/StatusMark';
import { getDataset } from '@/lib/data/load';
import { sourcesById } from '@/lib/data/sources';
import { isId } from '@/lib/domain';
import { entityMetadata } from '@/lib/entity/metadata';
import { pageRequest } from '@/lib/entity/page-request';
import { atlasHref, entityPath } from '@/lib/entity/paths';
import { linkSourceIds } from '@/lib/entity/sources';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { formatTerm } from '@/lib/format/numbers';
import { langTag } from '@/lib/i18n/localized';
import { describeView } from '@/lib/view/describe';
import { DEFAULT_VIEW } from '@/lib/view/parsers';

type Props = { params: Promise<{ id: string }> };

function findLink(id: string) {
  return isId(id) ? getDataset().links.find((l) => l.id === id) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!findLink(id)) return {};
  const { locale, origin } = await pageRequest();
  const selection = { type: 'link', id } as const;
  const { title, description } = describeView({ ...DEFAULT_VIEW, selection }, getDataset(), locale);
  return entityMetadata({ kind: 'link', id, locale, origin, title, description, selection });
}

/** A cooperation link on its own page: its ends, actors, status, timeline, evidence and sources. */
export default async function LinkPage({ params }: Props) {
  const { id } = await params;
  const link = findLink(id);
  if (!link) notFound();
  const dataset = getDataset();
  const { locale, origin, today } = await pageRequest();
  const t = await getTranslations('entity');
  const details = await getTranslations('details');
  const other = locale === 'zh' ? 'en' : 'zh';
  const sourceById = sourcesById(dataset);
  const sourceIds = linkSourceIds(link);
  const placeLink = (placeId: string) => (
    <a href={entityPath('place', placeId, locale)}>
      {dataset.places.find((p) => p.id === placeId)?.name[locale] ?? placeId}
    </a>
  );

  return (
    <main className="page entity-page" data-entity={`link:${id}`}>
      <EntityNav
        locale={locale}
        mapHref={atlasHref({ type: 'link', id }, locale)}
        mapLabel={t('showOnMap')}
      />
      <p className="meta">
        {t('link')} · {LINK_KIND_LABEL[link.kind][locale]}
      </p>
      <h1>{link.title[locale]}</h1>
      <dl className="facts">
        <dt>{t('otherTitle')}</dt>
        <dd lang={langTag(other)}>{link.title[other]}</dd>
        <dt>{t('ends')}</dt>
        <dd>
          {placeLink(link.from)} {link.mutual ? '↔' : '→'} {placeLink(link.to)}
        </dd>
        <dt>{t('date')}</dt>
        <dd>
          <time dateTime={link.date}>{formatIsoDate(link.date, locale)}</time>{' '}
          <StatusMark status={link.dateStatus} what={details('year')} locale={locale} />
        </dd>
        {link.venue ? (
          <>
            <dt>{t('venue')}</dt>
            <dd>{placeLink(link.venue)}</dd>
          </>
        ) : null}
        {link.terms.map((term) => (
          <div key={term.label.en} className="fact-row">
            <dt>{term.label[locale]}</dt>
            <dd>
              {formatTerm(term, locale)} <SourceNote id={term.source} sourceById={sourceById} />
            </dd>
          </div>
        ))}
      </dl>
      <p>{link.summary[locale]}</p>
      <EntityMap selection={{ type: 'link', id }} locale={locale} name={link.title[locale]} />
      <LinkStory link={link} dataset={dataset} sourceById={sourceById} locale={locale} />
      <EntitySources ids={sourceIds} sourceById={sourceById} locale={locale} />
      <CiteThis
        title={link.title[locale]}
        url={`${origin}${entityPath('link', id, locale)}`}
        accessed={today}
        sources={sourceIds.flatMap((s) => sourceById.get(s) ?? [])}
        locale={locale}
      />
    </main>
  );
}
