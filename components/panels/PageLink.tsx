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
  return (
    <a
      className={short ? 'list-page' : 'page-link'}
      href={entityPath(kind, id, locale)}
      data-page-link={`${kind}:${id}`}
    >
      {short ? t('short') : t('open')}
      <span className="visually-hidden"> — {name}</span>
    </a>
  );
}
