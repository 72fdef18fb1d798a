import type { Locale } from '@/lib/domain';
import { formatIsoDate } from '@/lib/format/dates';
import { EVENT_KIND_LABEL } from '@/lib/format/labels';

/** How the reading language names each part (from the `details` messages, on the client or the server). */
export type InferredWords = {
  date: string;
  status: string;
  event: (event: string, date: string) => string;
};

/** "the date", "the status date", "the signing on 3 Mar 2021": what evidence.inferred names. */
export function inferredPart(part: string, words: InferredWords, locale: Locale): string {
  if (part === 'date') return words.date;
  if (part === 'status') return words.status;
  const [, date, kind] = part.split(':');
  const label =
    kind && kind in EVENT_KIND_LABEL ? EVENT_KIND_LABEL[kind as keyof typeof EVENT_KIND_LABEL] : null;
  return date && label ? words.event(label[locale], formatIsoDate(date, locale)) : part;
}
