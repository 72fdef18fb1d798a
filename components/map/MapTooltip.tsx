'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import type { Selection } from '@/lib/domain';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL, PLACE_KIND_LABEL } from '@/lib/format/labels';
import { langTag, localized, otherLanguage } from '@/lib/i18n/localized';

/** A short label under the pointer: the name in both languages, a link's date and kind. */
export function MapTooltip({ target, x, y }: { target: Selection; x: number; y: number }) {
  const t = useTranslations('map');
  const locale = useLocale();
  const { groupOf } = useLinkGroups();
  const other = locale === 'zh' ? 'en' : 'zh';
  const { placeById, linkById } = useAtlasData();
  const place = target.type === 'place' ? placeById.get(target.id)?.properties : undefined;
  const link = target.type === 'link' ? linkById.get(target.id)?.properties : undefined;
  if (!place && !link) return null;
  const onSameArc = link ? (groupOf.get(link.id)?.members.length ?? 1) : 1;
  return (
    <div className="map-tooltip" style={{ transform: `translate(${x + 14}px, ${y + 14}px)` }} role="tooltip">
      {place ? (
        <>
          <strong>{localized(place, 'name', locale)}</strong>{' '}
          <span lang={langTag(other)}>{otherLanguage(place, 'name', locale)}</span>
          <div className="meta">{PLACE_KIND_LABEL[place.kind][locale]}</div>
        </>
      ) : null}
      {link ? (
        <>
          <strong>{localized(link, 'title', locale)}</strong>
          <div className="meta" lang={langTag(other)}>
            {otherLanguage(link, 'title', locale)}
          </div>
          <div className="meta">
            {LINK_KIND_LABEL[link.kind][locale]} · {formatIsoDate(link.date, locale)}
          </div>
          {onSameArc > 1 ? <div className="meta">{t('sharedArc', { total: onSameArc })}</div> : null}
        </>
      ) : null}
    </div>
  );
}
