'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useSelection } from '@/components/atlas/view';
import { useCommitCount } from '@/components/charts/use-commit-count';
import { linkQuery } from '@/lib/api/client/query-options';
import { HoveredLinkPrefetch } from './HoveredLinkPrefetch';
import { LinkDetails } from './LinkDetails';
import { PlaceDetails } from './PlaceDetails';

/** The selected place or link in full, with the sources that support it; Escape or × clears the selection. */
export function DetailPanel() {
  return (
    <>
      {/* Its own component: only it renders again as the hover moves. */}
      <HoveredLinkPrefetch />
      <SelectedDetails />
    </>
  );
}

function SelectedDetails() {
  const t = useTranslations('details');
  const [selected, select] = useSelection();
  const { placeById, linkById } = useAtlasData();
  // The page lists every link without its details; the open one is read in full (prefetched
  // by the server when the URL opens it).
  const full = useQuery({ ...linkQuery(selected?.id ?? ''), enabled: selected?.type === 'link' });
  useCommitCount('details');

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

  return (
    <section className="detail-panel" aria-labelledby="detail-title" data-testid="detail-panel">
      <button type="button" className="close-button" onClick={() => select(null)} aria-label={t('close')}>
        ×
      </button>
      {link ? (
        <LinkDetails
          link={link}
          full={full.data?.id === link.id ? full.data.properties : undefined}
          failed={full.isError}
          onRetry={() => void full.refetch()}
          onSelect={(id) => select({ type: 'link', id })}
        />
      ) : null}
      {place ? <PlaceDetails place={place} /> : null}
    </section>
  );
}
