import type { Metadata } from 'next';
import type { Locale, Selection } from '@/lib/domain';
import { viewHref } from '@/lib/view/serialize';
import { type EntityKind, entityPath, organizationPreviewPath } from './paths';

/**
 * An entity page's metadata: its title and description, the canonical address in its reading
 * language with the other language as an alternate, and the share preview of the view that
 * selects it (the /og image); an organization, which the view cannot select, has a preview of
 * its own.
 */
export function entityMetadata(page: {
  kind: EntityKind;
  id: string;
  locale: Locale;
  origin: string;
  title: string;
  description: string;
  selection: Selection | null;
}): Metadata {
  const { kind, id, locale, title, description } = page;
  const canonical = entityPath(kind, id, locale);
  const image =
    kind === 'organization'
      ? organizationPreviewPath(id, locale)
      : viewHref('/og', { selection: page.selection, language: locale });
  return {
    metadataBase: new URL(page.origin),
    title,
    description,
    alternates: {
      canonical,
      languages: { en: entityPath(kind, id, 'en'), 'zh-CN': entityPath(kind, id, 'zh') },
    },
    openGraph: {
      title,
      description,
      url: canonical,
      type: 'article',
      locale: locale === 'zh' ? 'zh_CN' : 'en_GB',
      images: [{ url: image, width: 1200, height: 630 }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
