import type { Locale } from '@/lib/domain';
import type { EntityKind } from '@/lib/entity/paths';

/** One thing the search box can find, by its names in both languages. */
export type SearchEntry = { kind: EntityKind; id: string; name: { en: string; zh: string } };

/** A found entry, with the name that matched and how well (lower is better). */
export type SearchHit<E extends SearchEntry = SearchEntry> = {
  entry: E;
  matched: Locale;
  rank: number;
};

/**
 * Text as the search compares it: compatibility forms folded (full-width Ｓ is S), accents
 * dropped, lower case, and punctuation and spaces gone, so "lingang" finds "Lin-gang" and
 * "上海张江" finds "上海 · 张江".
 */
export function searchForm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whole name 0, start of the name 1, start of a word 2, anywhere 3; null for no match. */
function rankOf(name: string, query: string): number | null {
  const whole = searchForm(name);
  if (whole === query) return 0;
  if (whole.startsWith(query)) return 1;
  const words = name.split(/[\s\-–—·/(),（）]+/).map(searchForm);
  if (words.some((word) => word.startsWith(query))) return 2;
  return whole.includes(query) ? 3 : null;
}

const KIND_ORDER: Record<EntityKind, number> = { place: 0, organization: 1, link: 2 };

/**
 * The entries whose English or Chinese name holds the query, whatever the reading
 * language: best match first, then a match in the reading language, then places before
 * organizations before links, then by name. An empty query finds nothing.
 */
export function searchEntities<E extends SearchEntry>(
  entries: readonly E[],
  query: string,
  locale: Locale,
  limit = 8,
): SearchHit<E>[] {
  const wanted = searchForm(query);
  if (wanted === '') return [];
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const hits: SearchHit<E>[] = [];
  for (const entry of entries) {
    const own = rankOf(entry.name[locale], wanted);
    const theirs = rankOf(entry.name[other], wanted);
    if (own === null && theirs === null) continue;
    const inOwn = own !== null && (theirs === null || own <= theirs);
    hits.push({ entry, matched: inOwn ? locale : other, rank: (inOwn ? own : theirs) as number });
  }
  return hits
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(a.matched !== locale) - Number(b.matched !== locale) ||
        KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
        a.entry.name[locale].localeCompare(b.entry.name[locale], locale === 'zh' ? 'zh-CN' : 'en'),
    )
    .slice(0, limit);
}
