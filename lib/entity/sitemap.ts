import type { MetadataRoute } from 'next';
import type { Dataset } from '@/lib/data/load';
import { LOCALES, type Locale } from '@/lib/domain';
import { type EntityKind, entityPath } from './paths';

/**
 * The sitemap: the atlas and every entity page, each in the reading language of its URL
 * with the other as an alternate. Documents are reached from the pages that quote them.
 */
export function atlasSitemap(dataset: Dataset, origin: string): MetadataRoute.Sitemap {
  const entry = (path: (locale: Locale) => string): MetadataRoute.Sitemap =>
    LOCALES.map((locale) => ({
      url: `${origin}${path(locale)}`,
      alternates: {
        languages: Object.fromEntries(
          LOCALES.map((other) => [other === 'zh' ? 'zh-CN' : other, `${origin}${path(other)}`]),
        ),
      },
    }));
  const pages = (kind: EntityKind, ids: readonly { id: string }[]) =>
    ids.flatMap(({ id }) => entry((locale) => entityPath(kind, id, locale)));
  return [
    ...entry((locale) => `/?lang=${locale}`),
    ...pages('place', dataset.places),
    ...pages('organization', dataset.organizations),
    ...pages('link', dataset.links),
  ];
}
