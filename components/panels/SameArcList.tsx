'use client';

import { useTranslations } from 'next-intl';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { othersOnArc } from '@/lib/details/same-arc';
import { LinkTitles } from './LinkTitles';

/** The other links the map draws on this link's arc, each a button to its own details. */
export function SameArcList({ linkId, onSelect }: { linkId: string; onSelect: (id: string) => void }) {
  const t = useTranslations('details');
  const { groupOf } = useLinkGroups();
  const others = othersOnArc(linkId, groupOf);
  if (others.length === 0) return null;
  return (
    <>
      <h3 className="detail-subtitle">{t('sameArc', { count: others.length })}</h3>
      <LinkTitles links={others} onSelect={onSelect} />
    </>
  );
}
