import type { Source } from '@/lib/data/schema';
import type { Locale } from '@/lib/domain';

/** Where a reader reads a source in full: its shipped document with the quote marked, if it names one. */
export function documentHref(source: Pick<Source, 'id' | 'document'>, locale: Locale): string | null {
  return source.document
    ? `/documents/${source.document}?${new URLSearchParams({ q: source.id, lang: locale })}`
    : null;
}
