import type { Locale } from '@/lib/domain';
import { INTL_LOCALE } from '@/lib/i18n/localized';

/** 26 Feb 2016 / 2016年2月26日; dates are calendar days, so they are read and written in UTC. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`not an ISO date: ${iso}`);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
