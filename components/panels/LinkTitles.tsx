'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { LinkIndexProperties } from '@/lib/api/contract/links';
import { localized } from '@/lib/i18n/localized';

/** How many links a detail lists before pointing to the list beside the map. */
const DETAIL_LIST_LIMIT = 10;

/** Links by title and year, the first few only; buttons that select them when `onSelect` is given. */
export function LinkTitles({
  links,
  onSelect,
}: {
  links: LinkIndexProperties[];
  onSelect?: (id: string) => void;
}) {
  const t = useTranslations('details');
  const locale = useLocale();
  const hidden = links.length - DETAIL_LIST_LIMIT;
  return (
    <>
      <ul className="plain">
        {links.slice(0, DETAIL_LIST_LIMIT).map((link) => (
          <li key={link.id}>
            {onSelect ? (
              <button type="button" className="link-button" onClick={() => onSelect(link.id)}>
                {localized(link, 'title', locale)} ({link.year})
              </button>
            ) : (
              <>
                {localized(link, 'title', locale)} ({link.year})
              </>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p className="meta">{t('moreInList', { count: hidden })}</p> : null}
    </>
  );
}
