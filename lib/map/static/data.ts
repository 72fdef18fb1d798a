import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import type { LinkKind, Locale, Selection } from '@/lib/domain';
import type { ArcFeatureCollection } from '@/lib/map/arcs';
import {
  ARC_BASE_WIDTH,
  ARC_CASING,
  ARC_HIT_WIDTH,
  ARROW_SIZE,
  ARROW_SPACING,
  arcWidthFor,
  DIMMED_OPACITY,
  FEATURED_LABEL_ANCHORS,
  FEATURED_LABEL_ORDER,
  GRADE_OPACITY,
  LANE_GAP,
  LINK_FALLBACK_COLOUR,
  PLACE_LABEL,
  PLACE_RADIUS_GROWTH,
  PLACE_STROKE,
  placeRadius,
  SITE_MIN_ZOOM,
} from '@/lib/map/data-layers';
import { type FeatureState, featureStates } from '@/lib/map/feature-states';
import { withPlaceColours } from '@/lib/map/views';
import { LINK_KIND_STYLE } from '@/lib/palette';
import { facesCamera, pixelOf } from './camera';
import { type DrawArea, offsetLine, pathData, pointsAlong, screenLines } from './geometry';
import { type Box, LINE_HEIGHT_EMS, type Placer, textWidth, wrapText } from './labels';
import { type CircleShape, type PathShape, px, type TextShape } from './shapes';

type Pos = [number, number];

export type DataPictureInput = {
  places: PlaceFeatureCollection;
  /** The arcs the view's filters keep but for kinds (lib/map/arcs.ts groupArcs). */
  arcs: ArcFeatureCollection;
  visibleKinds: readonly LinkKind[];
  /** As the map draws them: a link is its group's arc. */
  hovered: Selection | null;
  selected: Selection | null;
  language: Locale;
};

export type ArcPicture = {
  id: string;
  kind: LinkKind;
  casing: PathShape;
  line: PathShape;
  arrows: PathShape | null;
  /** A wide, invisible stroke the pointer can find, as the live map's hit layer. */
  hitWidth: number;
};

export type PlacePicture = CircleShape & { id: string; featured: boolean; hitRadius: number };

export type DataPicture = {
  arcs: ArcPicture[];
  places: PlacePicture[];
  labels: (TextShape & { id: string })[];
};

const NO_STATE: FeatureState = { hover: false, selected: false, dimmed: false };

/** An arc's positions as one line in unbroken longitudes (its parts split at the antimeridian joined again). */
function unbrokenLine(geometry: ArcFeatureCollection['features'][number]['geometry']): Pos[] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const line: Pos[] = [];
  for (const [lon, lat] of parts.flat()) {
    const previous = line.at(-1);
    const unwrapped = previous ? lon + 360 * Math.round((previous[0] - lon) / 360) : lon;
    if (previous && previous[0] === unwrapped && previous[1] === lat) continue;
    line.push([unwrapped, lat]);
  }
  return line;
}

function arrowPath(line: Pos[], size: number): string {
  const half = size / 2;
  return pointsAlong(line, ARROW_SPACING)
    .map(({ at: [x, y], angle }) => {
      const a = (angle * Math.PI) / 180;
      const along = (d: number, across: number): string =>
        `${px(x + d * Math.cos(a) - across * Math.sin(a))},${px(y + d * Math.sin(a) + across * Math.cos(a))}`;
      return `M${along(half, 0)}L${along(-half, -half * 0.8)}L${along(-half, half * 0.8)}Z`;
    })
    .join('');
}

function arcPictures(
  input: DataPictureInput,
  area: DrawArea,
  states: Map<string, FeatureState>,
): ArcPicture[] {
  const out: ArcPicture[] = [];
  for (const feature of input.arcs.features) {
    const { id, kind, count, grade, lane, mutual } = feature.properties;
    if (!input.visibleKinds.includes(kind)) continue;
    const state = states.get(`link:${id}`) ?? NO_STATE;
    const line = unbrokenLine(feature.geometry);
    const lines: Pos[][] = screenLines(area, line).map((pixels) => offsetLine(pixels, lane * LANE_GAP));
    if (lines.length === 0) continue;
    const d = pathData(area, { type: 'MultiLineString', coordinates: lines });
    if (!d) continue;
    const widthOf = (widths: { normal: number; hovered: number; selected: number }) =>
      px(arcWidthFor(state.selected ? widths.selected : state.hover ? widths.hovered : widths.normal, count));
    const style = LINK_KIND_STYLE[kind];
    const lineWidth = widthOf(ARC_BASE_WIDTH.line);
    out.push({
      id,
      kind,
      casing: {
        d,
        fill: 'none',
        stroke: ARC_CASING.colour,
        strokeWidth: widthOf(ARC_BASE_WIDTH.casing),
        opacity: state.dimmed ? DIMMED_OPACITY.link : ARC_CASING.opacity,
        lineCap: 'round',
        lineJoin: 'round',
      },
      line: {
        d,
        fill: 'none',
        stroke: style?.colour ?? LINK_FALLBACK_COLOUR,
        strokeWidth: lineWidth,
        opacity: state.dimmed ? DIMMED_OPACITY.link : GRADE_OPACITY[grade],
        lineCap: 'round',
        lineJoin: 'round',
        // MapLibre's dashes are in line widths; a single length is a solid line.
        ...(style && style.dash.length > 1
          ? { dash: style.dash.map((v) => px(v * lineWidth)).join(' ') }
          : {}),
      },
      arrows: mutual
        ? null
        : {
            d: lines.map((l) => arrowPath(l, ARROW_SIZE * 0.75)).join(''),
            fill: style?.colour ?? LINK_FALLBACK_COLOUR,
            opacity: state.dimmed ? DIMMED_OPACITY.arrow : 1,
          },
      hitWidth: px(arcWidthFor(ARC_HIT_WIDTH, count)),
    });
  }
  return out;
}

type ColouredPlace = ReturnType<typeof withPlaceColours>['features'][number];

const nameOf = (place: ColouredPlace, language: Locale) =>
  language === 'zh'
    ? place.properties.name_zh || place.properties.name_en
    : place.properties.name_en || place.properties.name_zh;

/** Where MapLibre's variable anchors put a label around its marker, `offset` px out. */
function anchoredBox(
  anchor: string,
  x: number,
  y: number,
  width: number,
  height: number,
  offset: number,
): Box {
  const diagonal = offset / Math.SQRT2;
  switch (anchor) {
    case 'top':
      return [x - width / 2, y + offset, x + width / 2, y + offset + height];
    case 'bottom':
      return [x - width / 2, y - offset - height, x + width / 2, y - offset];
    case 'left':
      return [x + offset, y - height / 2, x + offset + width, y + height / 2];
    case 'right':
      return [x - offset - width, y - height / 2, x - offset, y + height / 2];
    case 'top-left':
      return [x + diagonal, y + diagonal, x + diagonal + width, y + diagonal + height];
    default:
      return [x - diagonal - width, y - diagonal - height, x - diagonal, y - diagonal];
  }
}

/** MapLibre's default `text-max-width`, in ems, which the atlas's label layers keep. */
const LABEL_MAX_WIDTH_EMS = 10;

/** A label's lines as MapLibre breaks them, and the size of the block they make. */
function labelBlock(text: string, size: number) {
  const lines = wrapText(text, size, LABEL_MAX_WIDTH_EMS * size);
  const width = Math.max(...lines.map((line) => textWidth(line, size)));
  return { lines, width, height: lines.length * size * LINE_HEIGHT_EMS };
}

/**
 * Where a label's lines line up: MapLibre's `text-justify: auto` justifies a block towards
 * the point it is anchored at (left of the block at the marker: left-justified).
 */
const JUSTIFY: Record<string, 'start' | 'middle' | 'end'> = {
  left: 'start',
  'top-left': 'start',
  right: 'end',
  'bottom-right': 'end',
};

function labelAt(
  id: string,
  lines: string[],
  box: Box,
  style: { size: number; colour: string; halo: string; haloWidth: number },
  anchor = 'top',
) {
  const justify = JUSTIFY[anchor] ?? 'middle';
  const x = justify === 'start' ? box[0] : justify === 'end' ? box[2] : (box[0] + box[2]) / 2;
  return {
    id,
    x: px(x),
    y: px((box[1] + box[3]) / 2),
    lines,
    size: style.size,
    fill: style.colour,
    halo: style.halo,
    haloWidth: style.haloWidth,
    anchor: justify,
    baseline: 'middle' as const,
  };
}

/**
 * The atlas's places, links and labels at the area's camera, in the live map's layer order
 * and with its styles (lib/map/data-layers.ts): arcs with their lanes, the kind's colour and
 * dash, fainter for weaker evidence; markers sized by kind; labels where they fit, claimed
 * in `placer` before the basemap's, as MapLibre places the layers on top first.
 */
export function dataPicture(input: DataPictureInput, area: DrawArea, placer: Placer): DataPicture {
  const zoom = area.project.camera.zoom;
  const states = featureStates(input.hovered, input.selected, input.places, input.arcs);
  const coloured = withPlaceColours(input.places).features;
  const places: PlacePicture[] = [];
  const drawn = coloured.filter((f) => f.properties.featured || zoom >= SITE_MIN_ZOOM);
  // Sites under the featured places, as their layers are stacked.
  drawn.sort((a, b) => Number(a.properties.featured) - Number(b.properties.featured));
  const pixels = new Map<string, Pos>();
  for (const place of drawn) {
    if (!facesCamera(area.project, place.geometry.coordinates)) continue;
    const [x, y] = pixelOf(area.project, place.geometry.coordinates);
    const [[left, top], [right, bottom]] = area.extent;
    if (x < left - 20 || x > right + 20 || y < top - 20 || y > bottom + 20) continue;
    pixels.set(place.id, [x, y]);
    const state = states.get(`place:${place.id}`) ?? NO_STATE;
    const radius =
      placeRadius(place.properties.kind) +
      (state.selected ? PLACE_RADIUS_GROWTH.selected : state.hover ? PLACE_RADIUS_GROWTH.hovered : 0);
    places.push({
      id: place.id,
      featured: place.properties.featured,
      cx: px(x),
      cy: px(y),
      r: radius,
      fill: place.properties.colour,
      stroke: state.selected ? PLACE_STROKE.selectedColour : PLACE_STROKE.colour,
      strokeWidth: state.selected ? PLACE_STROKE.selectedWidth : PLACE_STROKE.width,
      opacity: state.dimmed ? DIMMED_OPACITY.place : 1,
      hitRadius: radius + 4,
    });
  }

  const labels: DataPicture['labels'] = [];
  // The sites' labels are the top layer: MapLibre places them first.
  if (zoom >= SITE_MIN_ZOOM + 2) {
    const style = PLACE_LABEL.sites;
    for (const place of drawn) {
      const at = pixels.get(place.id);
      if (!at || place.properties.featured) continue;
      const { lines, width, height } = labelBlock(nameOf(place, input.language), style.size);
      const top = at[1] + style.offset * style.size;
      const box: Box = [at[0] - width / 2, top, at[0] + width / 2, top + height];
      if (placer.claim(box)) labels.push(labelAt(place.id, lines, box, style));
    }
  }
  const order = (id: string) => {
    const rank = (FEATURED_LABEL_ORDER as readonly string[]).indexOf(id);
    return rank < 0 ? FEATURED_LABEL_ORDER.length : rank;
  };
  const style = PLACE_LABEL.featured;
  for (const place of drawn.filter((f) => f.properties.featured).sort((a, b) => order(a.id) - order(b.id))) {
    const at = pixels.get(place.id);
    if (!at) continue;
    const { lines, width, height } = labelBlock(nameOf(place, input.language), style.size);
    for (const anchor of FEATURED_LABEL_ANCHORS) {
      const box = anchoredBox(anchor, at[0], at[1], width, height, style.radialOffset * style.size);
      if (placer.claim(box)) {
        labels.push(labelAt(place.id, lines, box, style, anchor));
        break;
      }
    }
  }
  return { arcs: arcPictures(input, area, states), places, labels };
}
