'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { documentHref } from '@/lib/details/document-href';

/** A short citation of one source by its publisher: to the shipped document, else to the source's page. */
export function SourceRef({ id }: { id: string }) {
  const t = useTranslations('details');
  const locale = useLocale();
  const source = useAtlasData().sourceById.get(id);
  if (!source) return <span className="meta">{t('sourceMissing', { id })}</span>;
  const href = documentHref(source, locale) ?? source.url;
  const label = source.date ? `${source.publisher}, ${source.date}` : source.publisher;
  return (
    <span className="meta source-ref" data-source={id}>
      {href ? (
        <a href={href} title={source.title}>
          {label}
        </a>
      ) : (
        label
      )}
    </span>
  );
}
