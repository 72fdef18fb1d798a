import type { Locale } from '@/lib/domain';
import type { BasemapPicture } from '@/lib/map/static/basemap';
import type { Extent } from '@/lib/map/static/geometry';
import { PathElement, TextElement } from './shapes';

/**
 * The basemap of the static map, drawn on the server: the background over the whole drawn
 * area (on a globe, over its disc), the fill and line layers, the place outlines in a group
 * the page can hide, labels.
 */
export function StaticBasemap({
  basemap,
  extent,
  language,
}: {
  basemap: BasemapPicture;
  extent: Extent;
  language: Locale;
}) {
  const [[left, top], [right, bottom]] = extent;
  // The background (water) reaches far past the drawn area: a frame of any shape is filled.
  const w = right - left;
  const h = bottom - top;
  const outlines = basemap.layers.filter((layer) => layer.outline);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: shapes and labels only, nothing in it takes focus.
    <g aria-hidden="true">
      {basemap.globe ? (
        <circle
          className="static-map-globe"
          cx={basemap.globe.x}
          cy={basemap.globe.y}
          r={basemap.globe.r}
          fill={basemap.background}
        />
      ) : (
        <rect x={left - 4 * w} y={top - 4 * h} width={9 * w} height={9 * h} fill={basemap.background} />
      )}
      {basemap.layers
        .filter((layer) => !layer.outline)
        .map((layer) => (
          <PathElement key={layer.id} shape={layer.path} />
        ))}
      {outlines.length > 0 ? (
        <g className="static-map-outlines">
          {outlines.map((layer) => (
            <PathElement key={layer.id} shape={layer.path} />
          ))}
        </g>
      ) : null}
      {basemap.labels.map((label) => (
        <TextElement key={`${label.x},${label.y},${label.lines.join(' ')}`} shape={label} lang={language} />
      ))}
    </g>
  );
}
