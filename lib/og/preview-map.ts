import type { Dataset } from '@/lib/data/load';
import type { Locale } from '@/lib/domain';
import type { Size } from '@/lib/map/static/camera';
import { viewMapSvg } from '@/lib/map/static/view-svg';
import type { ViewState } from '@/lib/view/parsers';

/**
 * The view's map for the share preview, as an SVG data URI the preview's <img> can show: the
 * same renderer as the page's first paint, drawn to the preview's own size.
 */
export function previewMapSource(
  view: ViewState,
  dataset: Dataset,
  language: Locale,
  size: Size,
  title: string,
) {
  const svg = viewMapSvg(view, dataset, language, size, title);
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
