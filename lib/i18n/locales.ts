import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/domain';

/** The request header through which proxy.ts tells the server components the reading language. */
export const LOCALE_HEADER = 'x-atlas-locale';

/**
 * The reader's language from an Accept-Language header: the first of its tags,
 * by quality, that is English or Chinese (any Chinese, since the atlas writes
 * Simplified Chinese for all of them).
 */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      // A quality that is no number makes the whole entry unusable.
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : /^q=[\d.]+$/.test(q) ? Number(q.slice(2)) : Number.NaN;
      return { tag: tag.toLowerCase(), quality, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0 && !Number.isNaN(entry.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}

/** The URL's `lang` when it names a language, else the browser's. */
export function requestLocale(langParam: string | null, acceptLanguage: string | null): Locale {
  return isLocale(langParam) ? langParam : negotiateLocale(acceptLanguage);
}
