import { headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocale } from '@/lib/domain';
import { LOCALE_HEADER } from './locales';
import en from './messages/en.json';
import zh from './messages/zh.json';

const MESSAGES = { en, zh };

/** next-intl's per-request configuration: the language proxy.ts chose from the URL or the browser. */
export default getRequestConfig(async () => {
  const header = (await headers()).get(LOCALE_HEADER);
  const locale = isLocale(header) ? header : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: 'UTC' };
});
