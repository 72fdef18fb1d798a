'use client';

import { useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { SourceCitation } from './SourceCitation';

/** The sources a detail cites, each with its quote; an id the sources do not hold is said to be missing. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const t = useTranslations('details');
  const { sourceById } = useAtlasData();
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
