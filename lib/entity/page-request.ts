import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import type { Locale } from '@/lib/domain';
import { ORIGIN_HEADER, requestOrigin } from './origin';

/** What an entity page reads from its request: the reading language (as the atlas chose it) and the origin. */
export async function pageRequest(): Promise<{ locale: Locale; origin: string; today: string }> {
  const header = await headers();
  return {
    locale: (await getLocale()) === 'zh' ? 'zh' : 'en',
    origin: pageOrigin(header),
    // The access date of a citation: the day the page is read, in UTC like every date in the atlas.
    today: new Date().toISOString().slice(0, 10),
  };
}

/** The origin the proxy set for this request (see proxy.ts); the Host header where no proxy ran. */
export const pageOrigin = (header: Headers) =>
  header.get(ORIGIN_HEADER) ?? requestOrigin(header.get('host'), header.get('x-forwarded-proto'));
