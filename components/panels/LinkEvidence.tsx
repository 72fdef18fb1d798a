'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import type { LinkProperties } from '@/lib/api/contract/links';
import { inferredPart } from '@/lib/details/inferred';
import { EVIDENCE_KINDS, evidenceSources } from '@/lib/details/network';
import { EVIDENCE_GRADE_LABEL, SOURCE_KIND_LABEL } from '@/lib/format/labels';
import { SourceRef } from './SourceRef';

/** How well the sources hold a link up: its grade, how many sources of which kind, and what is inferred. */
export function LinkEvidence({ link }: { link: LinkProperties }) {
  const t = useTranslations('details');
  const locale = useLocale();
  const { sourceById } = useAtlasData();
  const { evidence } = link;
  const words = {
    date: t('inferredDate'),
    status: t('inferredStatus'),
    event: (event: string, date: string) => t('inferredEvent', { event, date }),
  };
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
                    .map((part) => inferredPart(part, words, locale))
                    .join(locale === 'zh' ? '；' : '; ')
                : t('nothingInferred')}
            </dd>
          </div>
        </dl>
      </div>
    </>
  );
}
