import type { Dataset } from '@/lib/data/load';
import type { Locale } from '@/lib/domain';
import { translatorFor } from '@/lib/i18n/translator';
import type { Scene } from './parsers';

/** The page title and description for a view, so a shared link reads as what it shows. */
export function describeView(
  state: Scene,
  dataset: Dataset,
  locale: Locale,
): { title: string; description: string } {
  const t = translatorFor(locale);
  const site = t('site.title');
  const { selection } = state;
  if (selection?.type === 'link') {
    const link = dataset.links.find((l) => l.id === selection.id);
    if (link) return { title: `${link.title[locale]} — ${site}`, description: link.summary[locale] };
  }
  if (selection?.type === 'place') {
    const place = dataset.places.find((p) => p.id === selection.id);
    if (place) {
      const other = locale === 'zh' ? place.name.en : place.name.zh;
      return { title: `${place.name[locale]} ${other} — ${site}`, description: place.description[locale] };
    }
  }
  return { title: t('site.titleLong'), description: t('site.description') };
}
