import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LinkKind, Locale } from '@/lib/domain';
import { LINK_KIND_STYLE } from '@/lib/palette';

export const PLACES_SOURCE = 'atlas-places';
export const LINKS_SOURCE = 'atlas-links';

export const LAYER = {
  linkCasing: 'link-casing',
  linkLines: 'link-lines',
  linkArrows: 'link-arrows',
  linkHit: 'link-hit',
  placeCirclesFeatured: 'place-circles-featured',
  placeCirclesSites: 'place-circles-sites',
  placeLabelsFeatured: 'place-labels-featured',
  placeLabelsSites: 'place-labels-sites',
} as const;

/** Layers the pointer can hover and click. */
export const INTERACTIVE_LAYERS = [LAYER.linkHit, LAYER.placeCirclesSites, LAYER.placeCirclesFeatured];

/** Sites (parks, venues) appear from this zoom; the five featured places always show. */
export const SITE_MIN_ZOOM = 6;

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

/** The fallback colour of a link of an unknown kind. */
export const LINK_FALLBACK_COLOUR = '#4a5565';

const kindColour: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...(Object.entries(LINK_KIND_STYLE).flatMap(([kind, style]) => [kind, style.colour]) as [string, string]),
  LINK_FALLBACK_COLOUR,
];

/** The place's name in the reading language, the other one when it is missing. */
const nameIn = (language: Locale): ExpressionSpecification =>
  language === 'zh'
    ? ['coalesce', ['get', 'name_zh'], ['get', 'name_en']]
    : ['coalesce', ['get', 'name_en'], ['get', 'name_zh']];

const kindFilter = (kinds: readonly LinkKind[]): ExpressionSpecification => [
  'in',
  ['get', 'kind'],
  ['literal', [...kinds]],
];

/** A place marker's radius by the place's kind (anything else: `other`), and how much a state adds. */
export const PLACE_RADIUS = { city: 8, district: 7, park: 6, other: 5 } as const;
export const PLACE_RADIUS_GROWTH = { selected: 3, hovered: 2 } as const;
export const PLACE_STROKE = {
  colour: '#ffffff',
  selectedColour: '#1b2430',
  width: 2,
  selectedWidth: 3,
} as const;
/** What a selection leaves unrelated to it fades to. */
export const DIMMED_OPACITY = { place: 0.35, link: 0.2, arrow: 0.25 } as const;
/** The base widths of an arc's casing and line, by state (arcWidth grows them with the links an arc carries). */
export const ARC_BASE_WIDTH = {
  casing: { normal: 5, hovered: 7, selected: 8 },
  line: { normal: 2.5, hovered: 4, selected: 4.5 },
} as const;
export const ARC_CASING = { colour: '#ffffff', opacity: 0.85 } as const;
export const PLACE_LABEL = {
  featured: { size: 14, colour: '#1b2430', halo: '#ffffff', haloWidth: 2, radialOffset: 0.9 },
  sites: { size: 12, colour: '#2d3846', halo: '#ffffff', haloWidth: 1.6, offset: 0.9 },
} as const;
/** The order in which featured places claim room for their labels. */
export const FEATURED_LABEL_ORDER = ['shanghai', 'boston', 'suzhou', 'shaoxing'] as const;
/** Where a featured label may sit around its marker, tried in turn. */
export const FEATURED_LABEL_ANCHORS = ['top', 'bottom', 'left', 'right', 'top-left', 'bottom-right'] as const;

/** The same growth as `arcWidth` below, for one arc. */
export const arcWidthFor = (base: number, count: number) =>
  Math.min(base + 5, base + 1.2 * Math.log(Math.max(1, count)));

/** The radius of a place marker of `kind`, without a state. */
export const placeRadius = (kind: string) =>
  PLACE_RADIUS[kind as keyof typeof PLACE_RADIUS] ?? PLACE_RADIUS.other;

/**
 * An arc's width: `base` for one link, growing with the logarithm of the links it
 * carries (lib/map/arcs.ts groups links that would overlap), up to `base` + 5 px.
 */
const arcWidth = (base: number): ExpressionSpecification => [
  'min',
  base + 5,
  ['+', base, ['*', 1.2, ['ln', ['max', 1, ['get', 'count']]]]],
];

/** Pixels between neighbouring lanes of arcs that join the same two places (lib/map/arcs.ts). */
export const LANE_GAP = 7;
const laneOffset: ExpressionSpecification = ['*', ['get', 'lane'], LANE_GAP];
/** The arrows ride their lane: a line-placed symbol's y offset (in ems) is to the line's right. */
export const ARROW_SIZE = 11;
/** Pixels between a line's arrows. */
export const ARROW_SPACING = 90;
/** The base width of the invisible line the pointer finds an arc by. */
export const ARC_HIT_WIDTH = 14;
const laneArrowOffset = [
  'match',
  // Match labels must be whole numbers: half-lanes count in halves.
  ['*', ['get', 'lane'], 2],
  ...[-3, -2, -1, 1, 2, 3].flatMap((halves) => [
    halves,
    ['literal', [0, (halves * LANE_GAP) / 2 / ARROW_SIZE]],
  ]),
  ['literal', [0, 0]],
] as unknown as ExpressionSpecification;

/**
 * How firmly the sources hold an arc up (lib/map/arcs.ts gives a group its strongest
 * member's grade): strong arcs are drawn solid, weaker ones fainter; a dimmed arc stays below all.
 */
export const GRADE_OPACITY = { strong: 0.95, moderate: 0.75, weak: 0.5 } as const;
const gradeOpacity: ExpressionSpecification = [
  'match',
  ['get', 'grade'],
  'strong',
  GRADE_OPACITY.strong,
  'moderate',
  GRADE_OPACITY.moderate,
  GRADE_OPACITY.weak,
];

type LinkLayerOptions = { visibleKinds: readonly LinkKind[] };

/** Layers for one link kind's dash pattern: MapLibre cannot vary line-dasharray by feature. */
function linkLineLayers({ visibleKinds }: LinkLayerOptions): LayerSpecification[] {
  return (Object.entries(LINK_KIND_STYLE) as [LinkKind, (typeof LINK_KIND_STYLE)[LinkKind]][]).map(
    ([kind, style]) => ({
      id: `${LAYER.linkLines}-${kind}`,
      type: 'line',
      source: LINKS_SOURCE,
      filter: ['==', ['get', 'kind'], kind],
      layout: {
        'line-cap': 'round',
        'line-join': 'round',
        visibility: visibleKinds.includes(kind) ? 'visible' : 'none',
      },
      paint: {
        'line-color': style.colour,
        'line-width': [
          'case',
          selected,
          arcWidth(ARC_BASE_WIDTH.line.selected),
          hovered,
          arcWidth(ARC_BASE_WIDTH.line.hovered),
          arcWidth(ARC_BASE_WIDTH.line.normal),
        ],
        'line-opacity': ['case', dimmed, DIMMED_OPACITY.link, gradeOpacity],
        'line-dasharray': style.dash,
        'line-offset': laneOffset,
      },
    }),
  );
}

function placeCircleLayer(id: string, featured: boolean): LayerSpecification {
  return {
    id,
    type: 'circle',
    source: PLACES_SOURCE,
    filter: ['==', ['get', 'featured'], featured],
    ...(featured ? {} : { minzoom: SITE_MIN_ZOOM }),
    paint: {
      'circle-radius': [
        '+',
        [
          'match',
          ['get', 'kind'],
          'city',
          PLACE_RADIUS.city,
          'district',
          PLACE_RADIUS.district,
          'park',
          PLACE_RADIUS.park,
          PLACE_RADIUS.other,
        ],
        ['case', selected, PLACE_RADIUS_GROWTH.selected, hovered, PLACE_RADIUS_GROWTH.hovered, 0],
      ],
      'circle-color': ['get', 'colour'],
      'circle-stroke-color': ['case', selected, PLACE_STROKE.selectedColour, PLACE_STROKE.colour],
      'circle-stroke-width': ['case', selected, PLACE_STROKE.selectedWidth, PLACE_STROKE.width],
      'circle-opacity': ['case', dimmed, DIMMED_OPACITY.place, 1],
      'circle-stroke-opacity': ['case', dimmed, DIMMED_OPACITY.place, 1],
    },
  };
}

export function dataLayers(options: LinkLayerOptions & { language: Locale }): LayerSpecification[] {
  const linkFilter = kindFilter(options.visibleKinds);
  return [
    {
      id: LAYER.linkCasing,
      type: 'line',
      source: LINKS_SOURCE,
      filter: linkFilter,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ARC_CASING.colour,
        'line-width': [
          'case',
          selected,
          arcWidth(ARC_BASE_WIDTH.casing.selected),
          hovered,
          arcWidth(ARC_BASE_WIDTH.casing.hovered),
          arcWidth(ARC_BASE_WIDTH.casing.normal),
        ],
        'line-opacity': ['case', dimmed, DIMMED_OPACITY.link, ARC_CASING.opacity],
        'line-offset': laneOffset,
      },
    },
    ...linkLineLayers(options),
    {
      id: LAYER.linkArrows,
      type: 'symbol',
      source: LINKS_SOURCE,
      filter: ['all', linkFilter, ['!', ['get', 'mutual']]],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': ARROW_SPACING,
        'text-field': '▶',
        'text-size': ARROW_SIZE,
        'text-offset': laneArrowOffset,
        // Arrows must keep pointing from the origin to the destination.
        'text-keep-upright': false,
        'text-rotation-alignment': 'map',
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': kindColour, 'text-opacity': ['case', dimmed, DIMMED_OPACITY.arrow, 1] },
    },
    {
      id: LAYER.linkHit,
      type: 'line',
      source: LINKS_SOURCE,
      filter: linkFilter,
      // Wide and invisible: a 2-pixel line is too thin to hover with a mouse, let alone a finger.
      paint: {
        'line-color': '#000000',
        'line-width': arcWidth(ARC_HIT_WIDTH),
        'line-opacity': 0,
        'line-offset': laneOffset,
      },
    },
    placeCircleLayer(LAYER.placeCirclesSites, false),
    placeCircleLayer(LAYER.placeCirclesFeatured, true),
    {
      id: LAYER.placeLabelsFeatured,
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: ['==', ['get', 'featured'], true],
      layout: {
        'text-field': nameIn(options.language),
        'text-size': PLACE_LABEL.featured.size,
        // Four of the five places sit within 1.5° of each other: at small scales their labels
        // take whichever side is free, and a label that fits nowhere waits for a closer zoom
        // (the markers themselves always show).
        'text-variable-anchor': [...FEATURED_LABEL_ANCHORS],
        'text-radial-offset': PLACE_LABEL.featured.radialOffset,
        'text-justify': 'auto',
        'symbol-sort-key': [
          'match',
          ['get', 'id'],
          ...FEATURED_LABEL_ORDER.flatMap((id, rank) => [id, rank]),
          FEATURED_LABEL_ORDER.length,
        ] as unknown as ExpressionSpecification,
      },
      paint: {
        'text-color': PLACE_LABEL.featured.colour,
        'text-halo-color': PLACE_LABEL.featured.halo,
        'text-halo-width': PLACE_LABEL.featured.haloWidth,
      },
    },
    {
      id: LAYER.placeLabelsSites,
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: ['==', ['get', 'featured'], false],
      minzoom: SITE_MIN_ZOOM + 2,
      layout: {
        'text-field': nameIn(options.language),
        'text-size': PLACE_LABEL.sites.size,
        'text-offset': [0, PLACE_LABEL.sites.offset],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: {
        'text-color': PLACE_LABEL.sites.colour,
        'text-halo-color': PLACE_LABEL.sites.halo,
        'text-halo-width': PLACE_LABEL.sites.haloWidth,
      },
    },
  ];
}
