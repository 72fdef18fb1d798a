'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { LinkIndexProperties, LinkProperties } from '@/lib/api/contract/links';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { formatTerm } from '@/lib/format/numbers';
import { langTag, localized, otherLanguage } from '@/lib/i18n/localized';
import { LinkEvidence } from './LinkEvidence';
import { LinkNetwork } from './LinkNetwork';
import { PageLink } from './PageLink';
import { SameArcList } from './SameArcList';
import { SourceList } from './SourceList';
import { StatusMark } from './StatusMark';

type Props = {
  link: LinkIndexProperties;
  /** Its summary, terms, events and evidence, once read (undefined while they load or failed). */
  full: LinkProperties | undefined;
  failed: boolean;
  onRetry: () => void;
  onSelect: (id: string) => void;
};

/** A link in full: title in both languages, kind and ends, date, venue, terms, summary, sources and arc. */
export function LinkDetails({ link, full, failed, onRetry, onSelect }: Props) {
  const t = useTranslations('details');
  const locale = useLocale();
  const nameOf = usePlaceName();
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
        {full?.terms.map((term) => (
          <div key={term.label.en} className="fact-row">
            <dt>{term.label[locale]}</dt>
            <dd>{formatTerm(term, locale)}</dd>
          </div>
        ))}
      </dl>
      {full ? (
        <p>{localized(full, 'summary', locale)}</p>
      ) : failed ? (
        <p role="alert" data-testid="link-details-failed">
          {t('detailsFailed')}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t('detailsRetry')}
          </button>
        </p>
      ) : (
        <p className="meta" role="status" data-testid="link-details-loading">
          {t('detailsLoading')}
        </p>
      )}
      <p className="meta">
        <PageLink kind="link" id={link.id} name={localized(link, 'title', locale)} />
      </p>
      <LinkNetwork link={link} events={full?.events ?? []} />
      {full ? <LinkEvidence link={full} /> : null}
      <SourceList ids={link.sources} />
      <SameArcList linkId={link.id} onSelect={onSelect} />
    </>
  );
}
