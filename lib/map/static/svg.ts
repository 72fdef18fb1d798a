import type { PictureAttribution } from './attribution';
import type { BasemapPicture } from './basemap';
import type { Extent } from './geometry';
import { LINE_HEIGHT_EMS } from './labels';
import type { StaticMapPicture } from './picture';
import { type CircleShape, type PathShape, px, type TextShape } from './shapes';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Every text and attribute value is escaped: place names come from data, never trusted as markup. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const attributes = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

/** SVG presentation attributes of a path (never a style attribute: the page's CSP is strict). */
export function pathAttributes(shape: PathShape): Record<string, string | number | undefined> {
  return {
    d: shape.d,
    fill: shape.fill ?? 'none',
    'fill-rule': shape.fillRule,
    stroke: shape.stroke,
    'stroke-width': shape.strokeWidth,
    'stroke-dasharray': shape.dash,
    'stroke-linejoin': shape.lineJoin,
    'stroke-linecap': shape.lineCap,
    opacity: shape.opacity,
    'shape-rendering': shape.crisp ? 'crispEdges' : undefined,
  };
}

export const circleAttributes = (c: CircleShape) => ({
  cx: c.cx,
  cy: c.cy,
  r: c.r,
  fill: c.fill,
  stroke: c.stroke,
  'stroke-width': c.strokeWidth,
  opacity: c.opacity === 1 ? undefined : c.opacity,
});

/** Where each line of a label sits, for a block centred (or hung) on the label's point. */
export function textLines(text: TextShape): { x: number; y: number; text: string }[] {
  const lineHeight = text.size * LINE_HEIGHT_EMS;
  const height = text.lines.length * lineHeight;
  const top =
    text.baseline === 'top' ? text.y : text.baseline === 'bottom' ? text.y - height : text.y - height / 2;
  // A line's baseline sits about 0.8 of its height down (cap height and descent of the usual fonts).
  return text.lines.map((line, i) => ({
    x: text.x,
    y: px(top + i * lineHeight + lineHeight * 0.78),
    text: line,
  }));
}

export const LABEL_FONT =
  "'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', Arial, sans-serif";

export const textAttributes = (t: TextShape) => ({
  'text-anchor': t.anchor,
  'font-size': t.size,
  fill: t.fill,
  stroke: t.halo,
  'stroke-width': px(t.haloWidth * 2),
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
  'letter-spacing': t.letterSpacing,
});

function textElement(t: TextShape, lang?: string): string {
  return textLines(t)
    .map(
      (line) =>
        `<text${attributes({ x: line.x, y: line.y, ...textAttributes(t), lang })}>${escapeXml(line.text)}</text>`,
    )
    .join('');
}

/**
 * The basemap's markup: its background (water) over the whole drawn area or a globe's disc,
 * the fill and line layers, the place outlines in a group the page can hide, and the labels
 * in the reading language. The page's picture (components/map/static/) and the SVG document
 * below both draw it from here.
 */
export function basemapMarkup(basemap: BasemapPicture, extent: Extent, language?: string): string {
  const [[left, top], [right, bottom]] = extent;
  // The background reaches far past the drawn area: a frame of any shape is filled.
  const w = right - left;
  const h = bottom - top;
  const background = basemap.globe
    ? `<circle${attributes({ class: 'static-map-globe', cx: basemap.globe.x, cy: basemap.globe.y, r: basemap.globe.r, fill: basemap.background })}/>`
    : `<rect${attributes({ x: left - 4 * w, y: top - 4 * h, width: 9 * w, height: 9 * h, fill: basemap.background })}/>`;
  const path = (layer: BasemapPicture['layers'][number]) =>
    `<path${attributes(pathAttributes(layer.path))}/>`;
  const outlines = basemap.layers.filter((layer) => layer.outline);
  return [
    background,
    ...basemap.layers.filter((layer) => !layer.outline).map(path),
    outlines.length > 0 ? `<g class="static-map-outlines">${outlines.map(path).join('')}</g>` : '',
    ...basemap.labels.map((label) => textElement(label, language)),
  ].join('');
}

/**
 * The picture as one SVG document (for the share preview, print and tests): no scripts, no
 * style attributes, every text escaped. The interactive map on the page is drawn from the
 * same picture (components/map/static/).
 */
export function staticMapSvg(
  picture: StaticMapPicture,
  attribution: PictureAttribution,
  title: string,
): string {
  const { width, height } = picture.frame.size;
  const { basemap, data } = picture;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" font-family="${escapeXml(LABEL_FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    // Around a globe MapLibre draws nothing: the page shows through, white.
    basemap.globe ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : '',
    basemapMarkup(basemap, [
      [0, 0],
      [width, height],
    ]),
    ...data.arcs.map((arc) => `<path${attributes(pathAttributes(arc.casing))}/>`),
    ...data.arcs.map((arc) => `<path${attributes(pathAttributes(arc.line))}/>`),
    ...data.arcs.flatMap((arc) => (arc.arrows ? [`<path${attributes(pathAttributes(arc.arrows))}/>`] : [])),
    ...data.places.map((place) => `<circle${attributes(circleAttributes(place))}/>`),
    ...data.labels.map((label) => textElement(label)),
    `<text${attributes({ x: width - 4, y: height - 4, 'text-anchor': 'end', 'font-size': 9, fill: attribution.colour, stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' })}>${escapeXml(attribution.text)}</text>`,
    '</svg>',
  ];
  return parts.join('');
}
