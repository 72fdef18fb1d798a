import { describe, expect, it } from 'vitest';
import type { Projection } from '@/lib/domain';
import { BASEMAP_COLOURS } from '@/lib/map/basemap-style';
import {
  ARC_BASE_WIDTH,
  arcWidthFor,
  DIMMED_OPACITY,
  GRADE_OPACITY,
  PLACE_RADIUS,
  PLACE_RADIUS_GROWTH,
  PLACE_STROKE,
} from '@/lib/map/data-layers';
import { LINK_KIND_STYLE, PLACE_COLOURS } from '@/lib/palette';
import { FIXTURE_BASEMAP } from '@/lib/test-fixtures/basemap';
import { FIXTURE_LINK_INDEX, FIXTURE_PLACES } from '@/lib/test-fixtures/features';
import { DEFAULT_VIEW, type ViewState } from '@/lib/view/parsers';
import { PICTURE_ATTRIBUTION } from './attribution';
import { basemapPicture } from './basemap';
import { copiesReaching, offsetLine, pixelGeometry, screenLines, simplifyLine } from './geometry';
import { createPlacer } from './labels';
import { type StaticMapPicture, staticMapPicture } from './picture';
import { drawArea, staticMapFrame, viewArcs } from './static-map';
import { escapeXml, staticMapSvg } from './svg';

const view = (changes: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...changes });
const picture = (changes: Partial<ViewState> = {}, language: 'en' | 'zh' = 'en'): StaticMapPicture =>
  staticMapPicture(
    { view: view(changes), language, places: FIXTURE_PLACES, links: FIXTURE_LINK_INDEX },
    FIXTURE_BASEMAP,
  );
const layerIds = (p: StaticMapPicture) => p.basemap.layers.map((l) => l.id);
const camera = (center: [number, number], zoom: number) => ({ center, zoom });

describe('the basemap, from the style data', () => {
  it.each([
    {
      zoom: 2,
      shown: ['basemap-world-land', 'basemap-world-lakes', 'basemap-countries'],
      hidden: ['basemap-world-admin1', 'basemap-place-outlines'],
    },
    {
      zoom: 6,
      shown: ['basemap-world-admin1', 'basemap-place-outlines', 'basemap-place-outlines-casing'],
      hidden: [],
    },
  ])('draws the layers each zoom shows: z$zoom', ({ zoom, shown, hidden }) => {
    const ids = layerIds(picture(camera([121, 31], zoom)));
    for (const id of shown) expect(ids).toContain(id);
    for (const id of hidden) expect(ids).not.toContain(id);
  });

  it('takes its colours from BASEMAP_COLOURS', () => {
    const p = picture(camera([121, 31], 6));
    expect(p.basemap.background).toBe(BASEMAP_COLOURS.water);
    const byId = new Map(p.basemap.layers.map((l) => [l.id, l.path]));
    expect(byId.get('basemap-world-land')?.fill).toBe(BASEMAP_COLOURS.land);
    const wide = picture(camera([121, 31], 3)).basemap.layers.find((l) => l.id === 'basemap-countries');
    expect(wide?.path.stroke).toBe(BASEMAP_COLOURS.countryBorder);
    expect(byId.get('basemap-place-outlines')?.stroke).toBe(BASEMAP_COLOURS.placeOutline);
    // The admin1 borders are dashed [3, 2] line widths.
    const admin1 = byId.get('basemap-world-admin1');
    const width = admin1?.strokeWidth ?? 0;
    expect(admin1?.dash).toBe(`${Math.round(3 * width * 10) / 10} ${Math.round(2 * width * 10) / 10}`);
  });

  it('leaves the place outlines off when the view does', () => {
    expect(layerIds(picture({ ...camera([121, 31], 6), outlines: false }))).not.toContain(
      'basemap-place-outlines',
    );
  });

  it.each([
    { language: 'en' as const, zoom: 3, labels: ['CHINA'] },
    { language: 'zh' as const, zoom: 3, labels: ['中国'] },
    { language: 'en' as const, zoom: 6, labels: ['CHINA', 'Jiangsu'] },
  ])('labels in the reading language from their zoom: $language z$zoom', ({ language, zoom, labels }) => {
    const p = picture({ ...camera([112, 33], zoom) }, language);
    expect(p.basemap.labels.map((l) => l.lines.join(' ')).sort()).toEqual([...labels].sort());
  });

  it('gives a label no room where another already is', () => {
    const area = drawArea(
      staticMapFrame(
        view(camera([105, 35], 3)),
        FIXTURE_PLACES,
        viewArcs(view(), FIXTURE_PLACES, FIXTURE_LINK_INDEX),
      ),
    );
    const placer = createPlacer([-1e4, -1e4, 1e4, 1e4]);
    const [x, y] = area.project([105, 35]);
    placer.claim([x - 50, y - 20, x + 50, y + 20]);
    expect(basemapPicture(FIXTURE_BASEMAP, area, { language: 'en', outlines: true }, placer).labels).toEqual(
      [],
    );
  });
});

describe('places and arcs, with the live map’s styles', () => {
  const delta = camera([121, 31], 7);

  it('sizes and colours the featured places as the map does', () => {
    const shanghai = picture(delta).data.places.find((p) => p.id === 'shanghai');
    expect(shanghai).toMatchObject({
      r: PLACE_RADIUS.city,
      fill: PLACE_COLOURS.shanghai,
      stroke: PLACE_STROKE.colour,
      opacity: 1,
    });
  });

  it('grows and outlines the selection and dims what is unrelated to it', () => {
    const places = picture({ ...delta, selection: { type: 'place', id: 'suzhou' } }).data.places;
    expect(places.find((p) => p.id === 'suzhou')).toMatchObject({
      r: PLACE_RADIUS.city + PLACE_RADIUS_GROWTH.selected,
      stroke: PLACE_STROKE.selectedColour,
      strokeWidth: PLACE_STROKE.selectedWidth,
    });
    expect(places.find((p) => p.id === 'lingang')?.opacity).toBe(DIMMED_OPACITY.place);
    // Shanghai is at the other end of Suzhou's agreement.
    expect(places.find((p) => p.id === 'shanghai')?.opacity).toBe(1);
  });

  it('shows sites only from their zoom', () => {
    expect(picture(camera([121.5, 31.2], 5)).data.places.map((p) => p.id)).not.toContain('zhangjiang');
    expect(picture(camera([121.5, 31.2], 8)).data.places.map((p) => p.id)).toContain('zhangjiang');
  });

  it.each([
    {
      hiddenKinds: [] as ViewState['hiddenKinds'],
      kinds: ['cooperation_agreement', 'enterprise_park', 'organization_cluster', 'technology_transfer'],
    },
    {
      hiddenKinds: ['cooperation_agreement'] as ViewState['hiddenKinds'],
      kinds: ['enterprise_park', 'organization_cluster', 'technology_transfer'],
    },
  ])('draws the kinds the view shows: hidden $hiddenKinds', ({ hiddenKinds, kinds }) => {
    const arcs = picture({ ...camera([121, 30.8], 7), hiddenKinds }).data.arcs;
    expect([...new Set(arcs.map((a) => a.kind))].sort()).toEqual(kinds);
  });

  it('draws each kind in its colour and dash, fainter for weaker evidence, with arrows one way only', () => {
    const arcs = picture(camera([121, 30.8], 7)).data.arcs;
    const transfer = arcs.find((a) => a.kind === 'technology_transfer');
    const agreement = arcs.find((a) => a.kind === 'cooperation_agreement');
    const width = arcWidthFor(ARC_BASE_WIDTH.line.normal, 1);
    expect(transfer?.line.stroke).toBe(LINK_KIND_STYLE.technology_transfer.colour);
    expect(transfer?.line.dash).toBe(
      LINK_KIND_STYLE.technology_transfer.dash.map((d) => Math.round(d * width * 10) / 10).join(' '),
    );
    expect(Object.values(GRADE_OPACITY)).toContain(transfer?.line.opacity);
    expect(transfer?.arrows).not.toBeNull();
    expect(agreement?.arrows).toBeNull();
  });

  it('draws Boston east of Shanghai across the Pacific, in the world copy next to the centre', () => {
    const p = picture(camera([-170, 40], 2));
    const boston = p.data.places.find((pl) => pl.id === 'boston');
    const shanghai = p.data.places.find((pl) => pl.id === 'shanghai');
    expect(boston && shanghai && boston.cx > shanghai.cx).toBe(true);
  });
});

/** The drawn area of a view with its own camera, as the geometry tests need it. */
const areaAt = (
  center: [number, number],
  zoom: number,
  size: { width: number; height: number },
  projection: Projection,
) => drawArea({ camera: { center, zoom, bearing: 0 }, size, framed: false, projection, edge: null });

describe('geometry on a globe', () => {
  const globeArea = areaAt([120, 30], 1.5, { width: 900, height: 540 }, 'globe');
  const ringArea = (ring: readonly [number, number][]) =>
    Math.abs(
      ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i]?.[0] ?? 0) * y - x * (ring[i]?.[1] ?? 0), 0) /
        2,
    );

  it('fills a GeoJSON polygon (wound counter-clockwise), not the rest of the world', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [115, 25],
          [125, 25],
          [125, 35],
          [115, 35],
          [115, 25],
        ] as [number, number][],
      ],
    };
    const drawn = pixelGeometry(globeArea, square);
    expect(drawn.type).toBe('MultiPolygon');
    const rings = drawn.coordinates.flat() as [number, number][][];
    expect(rings).toHaveLength(1);
    const disc = globeArea.project.globe?.disc;
    if (!disc) throw new Error('no globe');
    // Ten degrees square near the centre: a small part of the disc, around its middle.
    expect(ringArea(rings[0] ?? [])).toBeLessThan(0.05 * Math.PI * disc.r ** 2);
    for (const [x, y] of rings[0] ?? []) expect(Math.hypot(x - disc.x, y - disc.y)).toBeLessThan(disc.r / 4);
  });

  it('cuts a line at the horizon: Shanghai to Boston ends on the disc’s edge', () => {
    const pieces = screenLines(globeArea, [
      [121.47, 31.23],
      [-71.06, 42.36],
    ]);
    expect(pieces).toHaveLength(1);
    const disc = globeArea.project.globe?.disc;
    if (!disc) throw new Error('no globe');
    const piece = pieces[0] ?? [];
    const end = piece[piece.length - 1] ?? [0, 0];
    expect(Math.abs(Math.hypot(end[0] - disc.x, end[1] - disc.y) - disc.r)).toBeLessThan(1);
    // Resampled along the great circle: more than its two ends.
    expect(piece.length).toBeGreaterThan(2);
  });

  it('draws a shape on the far side not at all', () => {
    const far = {
      type: 'LineString' as const,
      coordinates: [[-60, -30] as [number, number], [-50, -25] as [number, number]],
    };
    expect(pixelGeometry(globeArea, far).coordinates).toEqual([]);
    expect(copiesReaching(globeArea, far)).toEqual([0]);
  });
});

describe('geometry', () => {
  it('finds the world copy a shape reaches the view in', () => {
    const area = areaAt([175, 0], 4, { width: 400, height: 300 }, 'mercator');
    const west = {
      type: 'LineString' as const,
      coordinates: [[-178, 0] as [number, number], [-176, 1] as [number, number]],
    };
    expect(copiesReaching(area, west)).toEqual([360]);
    const far = {
      type: 'LineString' as const,
      coordinates: [[0, 0] as [number, number], [1, 1] as [number, number]],
    };
    expect(copiesReaching(area, far)).toEqual([]);
  });

  it.each([
    {
      line: [
        [0, 0],
        [1, 0.1],
        [2, 0],
        [3, 0],
      ] as [number, number][],
      kept: [
        [0, 0],
        [3, 0],
      ],
    },
    {
      line: [
        [0, 0],
        [1, 2],
        [2, 0],
      ] as [number, number][],
      kept: [
        [0, 0],
        [1, 2],
        [2, 0],
      ],
    },
  ])('simplifies a line to half a pixel: %#', ({ line, kept }) => {
    expect(simplifyLine(line)).toEqual(kept);
  });

  it.each([
    {
      line: [
        [0, 0],
        [10, 0],
      ] as [number, number][],
      offset: 7,
      expected: [
        [0, 7],
        [10, 7],
      ],
    },
    {
      line: [
        [0, 0],
        [0, 10],
      ] as [number, number][],
      offset: 7,
      expected: [
        [-7, 0],
        [-7, 10],
      ],
    },
  ])('moves a lane to the right of its direction (y down): %#', ({ line, offset, expected }) => {
    const moved = offsetLine(line, offset);
    moved.forEach(([x, y], i) => {
      expect(x).toBeCloseTo((expected[i] as [number, number])[0], 9);
      expect(y).toBeCloseTo((expected[i] as [number, number])[1], 9);
    });
  });
});

describe('the SVG document', () => {
  it('escapes every text it writes', () => {
    expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;',
    );
    const svg = staticMapSvg(picture(camera([121, 31], 6)), PICTURE_ATTRIBUTION, '<b>title</b>');
    expect(svg).toContain('<title>&lt;b&gt;title&lt;/b&gt;</title>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('style=');
    expect(svg).toContain(escapeXml(PICTURE_ATTRIBUTION.text));
  });

  it.each([
    { name: 'the flat map fills the frame with water', projection: 'mercator' as const, disc: false },
    { name: 'a globe fills its disc alone', projection: 'globe' as const, disc: true },
  ])('$name', ({ projection, disc }) => {
    const drawn = picture({ ...camera([121, 31], 1.5), projection });
    const svg = staticMapSvg(drawn, PICTURE_ATTRIBUTION, 'map');
    const water = BASEMAP_COLOURS.water;
    // The flat map's water reaches past the frame on every side; a globe's is its disc, white around it.
    expect(svg.includes(`<rect x="-3600" y="-2160" width="8100" height="4860" fill="${water}"/>`)).toBe(
      !disc,
    );
    expect(svg.includes('<rect width="900" height="540" fill="#ffffff"/>')).toBe(disc);
    expect(drawn.basemap.globe !== null).toBe(disc);
    if (drawn.basemap.globe) {
      const { x, y, r } = drawn.basemap.globe;
      expect(svg).toContain(
        `<circle class="static-map-globe" cx="${x}" cy="${y}" r="${r}" fill="${water}"/>`,
      );
      expect(r).toBeLessThan(270);
    }
  });
});
