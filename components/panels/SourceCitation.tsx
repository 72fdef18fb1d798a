'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Source } from '@/lib/data/schema';
import { documentHref } from '@/lib/details/document-href';
import { langOf } from '@/lib/i18n/localized';

/**
 * A source as a reader checks it: who said it, when, where to read it, and the
 * words that support the claim, left in the language the source wrote them in.
 */
export function SourceCitation({ source }: { source: Source }) {
  const t = useTranslations('details');
  const locale = useLocale();
  const lang = langOf(source);
  const toDocument = documentHref(source, locale);
  return (
    <li>
      <span lang={lang}>
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer external" target="_blank">
            {source.title}
          </a>
        ) : (
          <span>{source.title}</span>
        )}
        {' — '}
        {source.publisher}
        {source.date ? `, ${source.date}` : ''}
      </span>
      {toDocument ? (
        <span className="meta">
          {' '}
          (<a href={toDocument}>{t('sourceDocument')}</a>)
        </span>
      ) : null}
      <blockquote lang={lang}>{source.quote}</blockquote>
    </li>
  );
}
