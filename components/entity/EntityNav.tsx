import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain';

/** The way back: to the atlas as it opens, and to the atlas with this entity selected and framed. */
export async function EntityNav({
  locale,
  mapHref,
  mapLabel,
}: {
  locale: Locale;
  mapHref: string | null;
  mapLabel: string;
}) {
  const t = await getTranslations('entity');
  return (
    <nav className="entity-nav" aria-label={t('back')}>
      <a href={`/?lang=${locale}`}>{t('back')}</a>
      {mapHref ? (
        <>
          {' · '}
          <a href={mapHref} data-testid="show-on-map">
            {mapLabel}
          </a>
        </>
      ) : null}
    </nav>
  );
}
