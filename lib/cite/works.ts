import type { Source } from '@/lib/data/schema';
import { type CitationStyle, type CitedWork, formatCitation } from './citation';

type CitableSource = Pick<Source, 'kind' | 'title' | 'publisher' | 'date' | 'url'>;

/**
 * A source as a citation names it. News reports (and the source documents, which are news
 * reports) name no author, so the paper stands as the container; an official, secondary or
 * reference source is its publisher's own page, so the publisher is the author.
 */
export function sourceWork(source: CitableSource, accessed: string): CitedWork {
  const news = source.kind === 'news' || source.kind === 'seed_document';
  return {
    author: news ? null : source.publisher,
    title: source.title,
    container: source.publisher,
    date: source.date,
    url: source.url,
    type: news ? 'N' : source.url === null ? 'Z' : 'EB',
    accessed: source.url === null ? null : accessed,
  };
}

/** A page of the atlas: the atlas is its author and publisher; it is undated, so the access date counts. */
export function atlasPageWork(page: {
  title: string;
  site: string;
  url: string;
  accessed: string;
}): CitedWork {
  return {
    author: page.site,
    title: page.title,
    container: page.site,
    date: null,
    url: page.url,
    type: 'EB',
    accessed: page.accessed,
  };
}

/**
 * The citations of a page's sources in one style, each work once: sources quoting one
 * document in several places cite the same work. Each keeps its first source (for its language).
 */
export function citedWorks<S extends CitableSource>(
  sources: readonly S[],
  style: CitationStyle,
  accessed: string,
): { citation: string; source: S }[] {
  const works = new Map<string, S>();
  for (const source of sources) {
    const citation = formatCitation(sourceWork(source, accessed), style);
    if (!works.has(citation)) works.set(citation, source);
  }
  return [...works].map(([citation, source]) => ({ citation, source }));
}
