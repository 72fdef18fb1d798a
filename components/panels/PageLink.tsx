'use client';

import { useLocale, useTranslations } from 'next-intl';
import { type EntityKind, entityPath } from '@/lib/entity/paths';

/** The way from the atlas to an entity's own page; its name says whose page it is. */
export function PageLink({
  kind,
  id,
  name,
  short = false,
}: {
  kind: EntityKind;
  id: string;
  name: string;
  short?: boolean;
}) {
  const t = useTranslations('pageLink');
  const locale = useLocale();
  const href = entityPath(kind, id, locale);
  return (
    <a
      className={short ? 'list-page' : 'page-link'}
      href={href}
      data-page-link={`${kind}:${id}`}
      onClick={(event) => {
        // Inside the embed the page would open in the frame, which only /embed may be: a new tab instead.
        if (window.top === window.self) return;
        event.preventDefault();
        window.open(href, '_blank', 'noopener');
      }}
    >
      {short ? t('short') : t('open')}
      <span className="visually-hidden"> — {name}</span>
    </a>
  );
}
