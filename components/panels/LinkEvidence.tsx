'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import type { LinkProperties } from '@/lib/api/contract/links';
import { EVIDENCE_KINDS, evidenceSources } from '@/lib/details/network';
import type { Locale } from '@/lib/domain';
import { formatIsoDate } from '@/lib/format/dates';
import { EVENT_KIND_LABEL, EVIDENCE_GRADE_LABEL, SOURCE_KIND_LABEL } from '@/lib/format/labels';
import { SourceRef } from './SourceRef';

type T = ReturnType<typeof useTranslations<'details'>>;

/** "the date", "the status date", "the signing on 3 Mar 2021": what evidence.inferred names. */
function inferredPart(part: string, t: T, locale: Locale): string {
  if (part === 'date') return t('inferredDate');
  if (part === 'status') return t('inferredStatus');
  const [, date, kind] = part.split(':');
  const label =
    kind && kind in EVENT_KIND_LABEL ? EVENT_KIND_LABEL[kind as keyof typeof EVENT_KIND_LABEL] : null;
  return date && label
    ? t('inferredEvent', { event: label[locale], date: formatIsoDate(date, locale) })
    : part;
}

/** How well the sources hold a link up: its grade, how many sources of which kind, and what is inferred. */
export function LinkEvidence({ link }: { link: LinkProperties }) {
  const t = useTranslations('details');
  const locale = useLocale();
  const { sourceById } = useAtlasData();
  const { evidence } = link;
  const byKind = evidenceSources(link, (id) => sourceById.get(id)?.kind);
  return (
    <>
      <h3 className="detail-subtitle">{t('evidence')}</h3>
      <div data-testid="link-evidence" data-grade={evidence.grade}>
        <p>
          <strong>{EVIDENCE_GRADE_LABEL[evidence.grade][locale]}</strong> ·{' '}
          {t('sourceCount', { count: evidence.sources })}
        </p>
        <dl className="facts">
          {EVIDENCE_KINDS.map((kind) => [kind, byKind[kind]] as const)
            .filter(([, ids]) => ids.length > 0)
            .map(([kind, ids]) => (
              <div key={kind} className="fact-row">
                <dt>
                  {SOURCE_KIND_LABEL[kind][locale]} ({ids.length})
                </dt>
                <dd>
                  {ids.map((id, index) => (
                    <span key={id}>
                      {index > 0 ? '; ' : ''}
                      <SourceRef id={id} />
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          <div className="fact-row">
            <dt>{t('inferred')}</dt>
            <dd>
              {evidence.inferred.length > 0
                ? evidence.inferred
                    .map((part) => inferredPart(part, t, locale))
                    .join(locale === 'zh' ? '；' : '; ')
                : t('nothingInferred')}
            </dd>
          </div>
        </dl>
      </div>
    </>
  );
}
