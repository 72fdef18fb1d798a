import { getDataset } from '@/lib/data/load';
import { requestLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import { PREVIEW_MAP_SIZE, previewImage } from '@/lib/og/card';
import { previewMapSource } from '@/lib/og/preview-map';
import { viewComparisonText } from '@/lib/view/comparison';
import { loadView, parseView } from '@/lib/view/load';
import { previewContent } from '@/lib/view/preview';
import { knownIdsOf } from '@/lib/view/request';

/** The share-preview image (Open Graph and Twitter card) for the view in the query. */
export function GET(request: Request) {
  const dataset = getDataset();
  const known = knownIdsOf(dataset);
  const read = loadView(new URL(request.url).searchParams, known);
  // Old links get the image of the view they migrate to; unusable values fall back like on the page.
  const state = read.kind === 'view' ? read.view : parseView(new URLSearchParams(read.query), known).view;
  const locale = requestLocale(state.language, request.headers.get('accept-language'));
  const content = previewContent(state, dataset, locale);
  return previewImage({
    site: translatorFor(locale)('site.title'),
    content,
    // The atlas's own view carries the GDP panel's sentence; a place or link preview is about that one thing.
    comparison: state.selection === null ? viewComparisonText(state, dataset, locale) : null,
    map: previewMapSource(state, dataset, locale, PREVIEW_MAP_SIZE, content.heading),
  });
}
