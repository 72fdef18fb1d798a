import type { Locale } from '@/lib/domain';

type Flat<F extends string> = Record<`${F}_en` | `${F}_zh`, string>;

/** A field of the API's flat properties (name_en, name_zh …) in the reading language. */
export function localized<F extends string>(properties: Flat<F>, field: F, locale: Locale): string {
  return properties[`${field}_${locale}`];
}

/** The same field in the other language, for tooltips that show both names. */
export function otherLanguage<F extends string>(properties: Flat<F>, field: F, locale: Locale): string {
  return properties[`${field}_${locale === 'zh' ? 'en' : 'zh'}`];
}

export const langTag = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en');

/** The locale Intl formats in for each reading language: one for numbers, dates and lists alike. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };

/** Items joined as the reading language joins a list ("a, b and c", "a、b和c"). */
export const listOf = (items: readonly string[], locale: Locale) =>
  new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(items);

/** The lang attribute of a source's own words: none for a source in mixed languages. */
export const langOf = (source: { language: string }) =>
  source.language === 'zh' || source.language === 'en' ? langTag(source.language) : undefined;
