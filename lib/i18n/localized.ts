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
