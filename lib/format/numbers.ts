import type { Locale } from '@/lib/domain';
import { INTL_LOCALE } from '@/lib/i18n/localized';

/** How each API unit reads after a number, and on an axis. */
const UNIT_WORDS: Record<string, { en: string; zh: string; axisEn: string; axisZh: string }> = {
  'CNY billion': { en: 'billion yuan', zh: '亿元', axisEn: 'billion yuan', axisZh: '亿元' },
  'USD billion': { en: 'billion US dollars', zh: '亿美元', axisEn: 'billion US dollars', axisZh: '亿美元' },
  CNY: { en: 'yuan', zh: '元', axisEn: 'yuan', axisZh: '元' },
  USD: { en: 'US dollars', zh: '美元', axisEn: 'US dollars', axisZh: '美元' },
  persons: { en: 'people', zh: '人', axisEn: 'people', axisZh: '人' },
  km2: { en: 'km²', zh: '平方公里', axisEn: 'km²', axisZh: '平方公里' },
  count: { en: '', zh: '', axisEn: 'count', axisZh: '数量' },
  'percent per year': { en: '% a year', zh: '%/年', axisEn: '% a year', axisZh: '%/年' },
};

/** Chinese counts money in 亿 (10⁸), not billions (10⁹). */
const ZH_SCALE: Record<string, number> = { 'CNY billion': 10, 'USD billion': 10 };

export function unitWords(unit: string, locale: Locale): string {
  const words = UNIT_WORDS[unit];
  return words ? words[locale] : unit;
}

export function axisUnit(unit: string, locale: Locale): string {
  const words = UNIT_WORDS[unit];
  return words ? (locale === 'zh' ? words.axisZh : words.axisEn) : unit;
}

/** The number alone, in the unit's reading scale: 510.8 (billion yuan) is 5,108 (亿元) in Chinese. */
export function formatNumber(value: number, unit: string, locale: Locale, maximumFractionDigits = 2): string {
  const scaled = locale === 'zh' ? value * (ZH_SCALE[unit] ?? 1) : value;
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits }).format(scaled);
}

export type Qualifier = 'exact' | 'more_than' | 'about';

export const QUALIFIER_WORDS: Record<Qualifier, { en: string; zh: string }> = {
  exact: { en: '', zh: '' },
  more_than: { en: 'over ', zh: '超过' },
  about: { en: 'about ', zh: '约' },
};

/** 510.8 billion yuan · 5,108亿元 · over 5,000 billion yuan · 约2,200亿元 */
export function formatValue(
  value: number,
  unit: string,
  locale: Locale,
  qualifier: Qualifier = 'exact',
): string {
  const number = formatNumber(value, unit, locale);
  const words = unitWords(unit, locale);
  const prefix = QUALIFIER_WORDS[qualifier][locale];
  if (locale === 'zh') return `${prefix}${number}${words}`;
  return `${prefix}${number}${words ? ` ${words}` : ''}`;
}

/** A link's term as a fact reads ("193 tasks"; in Chinese the label carries the unit, so the count stands alone). */
export function formatTerm(term: { value: number; unit: string }, locale: Locale): string {
  return `${formatNumber(term.value, 'count', locale)}${locale === 'zh' ? '' : ` ${term.unit}`}`;
}
