import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/domain';
import en from './messages/en.json';
import zh from './messages/zh.json';

const MESSAGES = { en, zh };

/** Messages outside React (the preview image, page titles): the same catalogues, the same keys. */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
