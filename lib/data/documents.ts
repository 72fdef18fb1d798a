import type { Dataset, SourceDocument } from './load';

/** Where a passage sits in a text, as character offsets [start, end). */
export type PassageRange = { start: number; end: number };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds a quote in a document, word for word: the quote's words in order, with any run
 * of whitespace (a line break, two spaces) between them. Quotes are kept on one line in
 * sources.json while documents keep their own line breaks, so whitespace cannot count.
 */
export function findPassage(text: string, quote: string): PassageRange | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const match = new RegExp(words.map(escapeRegExp).join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

export const containsPassage = (text: string, quote: string) => findPassage(text, quote) !== null;

export function findDocument(dataset: Dataset, id: string): SourceDocument | undefined {
  return dataset.documents.find((d) => d.id === id);
}

/** The passage a source quotes from its document, or null where the source names another document or none. */
export function quotedPassage(
  dataset: Dataset,
  document: SourceDocument,
  sourceId: string,
): PassageRange | null {
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source || source.document !== document.id) return null;
  return findPassage(document.text, source.quote);
}

/** The text around and inside a passage, for marking it; the whole text as `before` where there is none. */
export function splitAtPassage(text: string, range: PassageRange | null) {
  if (!range) return { before: text, passage: null, after: '' };
  return {
    before: text.slice(0, range.start),
    passage: text.slice(range.start, range.end),
    after: text.slice(range.end),
  };
}
