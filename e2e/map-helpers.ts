import { type APIRequestContext, expect, type Page, type TestInfo } from '@playwright/test';
import { BASEMAP_COLOURS } from '../lib/map/basemap-style';
import { LINK_KIND_STYLE, PLACE_COLOURS } from '../lib/palette';
import { askForLiveMapEachFrame } from '../scripts/live-map-intent.mjs';
import { decodePng, type Image, over, rgbOf, shareNear, shareOf } from './pixels';

export const MAP = '.map-frame';

/**
 * Says that the reader wants the live map, as a pointer over the map does
 * (components/map/live-map-intent.ts), until the page has heard it: until then the server's
 * picture is the map and MapLibre is not loaded.
 */
export async function askForLiveMap(page: Page) {
  await page.evaluate(askForLiveMapEachFrame);
  await expect(page.locator('.map-stack')).not.toHaveAttribute('data-live-map', 'waiting', {
    timeout: 45_000,
  });
}

/** Asks for the live map and waits for its readiness marker: every layer added and both data sources loaded. */
export async function waitForMap(page: Page) {
  await askForLiveMap(page);
  await expect(page.locator(MAP)).toHaveAttribute('data-map-ready', 'true', { timeout: 45_000 });
  // And it is shown: it has drawn what the picture showed, and takes the pointer.
  await expect(page.locator('.map-stack')).toHaveAttribute('data-live-map', 'ready');
}

/** Waits until the map has stopped moving and redrawing. */
export async function waitForIdle(page: Page) {
  await page.waitForFunction(
    (selector) => {
      const map = (
        document.querySelector(selector) as { atlasMap?: { loaded(): boolean; isMoving(): boolean } }
      )?.atlasMap;
      return map ? map.loaded() && !map.isMoving() : false;
    },
    MAP,
    { timeout: 30_000 },
  );
}

/** The centres of the SVG picture's place markers, relative to the map's frame (as framePixelOf). */
export async function pictureMarkers(page: Page) {
  return page.evaluate(() => {
    const frame = (document.querySelector('.map-stack') as HTMLElement).getBoundingClientRect();
    return [...document.querySelectorAll('.static-map [data-place]')].map((marker) => {
      const box = marker.getBoundingClientRect();
      return {
        id: marker.getAttribute('data-place') as string,
        x: box.left + box.width / 2 - frame.left,
        y: box.top + box.height / 2 - frame.top,
      };
    });
  });
}

/** Places as `/api/places` answers them, as far as the pixel helpers read them. */
export type PlacePoints = { features: { id: string; geometry: { coordinates: [number, number] } }[] };

/** How far each marker (relative to the map's frame) lies from where the live map draws its place. */
export async function offsetsFromLiveMap(
  page: Page,
  places: PlacePoints,
  markers: { id: string; x: number; y: number }[],
): Promise<number[]> {
  const offsets: number[] = [];
  for (const marker of markers) {
    const place = places.features.find((f) => f.id === marker.id);
    if (!place) throw new Error(`no place ${marker.id}`);
    const drawn = await framePixelOf(page, place.geometry.coordinates);
    offsets.push(Math.hypot(drawn.x - marker.x, drawn.y - marker.y));
  }
  return offsets;
}

/** The pixel (relative to the page) where the map draws a coordinate. */
export async function pixelOf(page: Page, lngLat: [number, number]) {
  const point = await page.evaluate(
    ({ selector, lngLat }) => {
      const frame = document.querySelector(selector) as HTMLElement & {
        atlasMap?: { project(l: [number, number]): { x: number; y: number } };
      };
      const map = frame.atlasMap;
      if (!map) throw new Error('map not ready');
      const { x, y } = map.project(lngLat);
      const box = frame.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    },
    { selector: MAP, lngLat },
  );
  return point;
}

/** The map's centre and zoom as MapLibre holds them. */
export async function mapView(page: Page) {
  return page.evaluate((selector) => {
    const map = (
      document.querySelector(selector) as HTMLElement & {
        atlasMap: { getCenter(): { lng: number; lat: number }; getZoom(): number };
      }
    ).atlasMap;
    const { lng, lat } = map.getCenter();
    return { lng, lat, zoom: map.getZoom() };
  }, MAP);
}

/**
 * The pixel (relative to the map's frame, as in a screenshot of it) where the map draws a
 * coordinate; the longitude is taken in the world copy nearest the centre, where a view
 * across the antimeridian draws it.
 */
export async function framePixelOf(page: Page, lngLat: readonly [number, number]) {
  return page.evaluate(
    ({ selector, lngLat }) => {
      const map = (
        document.querySelector(selector) as HTMLElement & {
          atlasMap: {
            project(l: [number, number]): { x: number; y: number };
            getCenter(): { lng: number };
          };
        }
      ).atlasMap;
      const [lng, lat] = lngLat;
      const centre = map.getCenter().lng;
      const wrapped = lng + 360 * Math.round((centre - lng) / 360);
      const { x, y } = map.project([wrapped, lat]);
      return { x, y };
    },
    { selector: MAP, lngLat },
  );
}

/** The positions of a link's arc as the map's source holds them (both parts of one split at the antimeridian). */
export async function drawnArc(page: Page, linkId: string): Promise<[number, number][]> {
  return page.evaluate(
    async ({ selector, linkId }) => {
      type Geometry = { type: 'LineString' | 'MultiLineString'; coordinates: unknown };
      const map = (
        document.querySelector(selector) as HTMLElement & {
          atlasMap: {
            getSource(id: string): { getData(): Promise<{ features: { id: string; geometry: Geometry }[] }> };
          };
        }
      ).atlasMap;
      const data = await map.getSource('atlas-links').getData();
      const geometry = data.features.find((f) => f.id === linkId)?.geometry;
      if (!geometry) return [];
      return (
        geometry.type === 'LineString'
          ? geometry.coordinates
          : (geometry.coordinates as [number, number][][]).flat()
      ) as [number, number][];
    },
    { selector: MAP, linkId },
  );
}

const WHITE = rgbOf('#ffffff');
/** A link's line as drawn: its kind's colour at 0.95 opacity over the arc's white casing. */
const linkColour = (kind: keyof typeof LINK_KIND_STYLE) =>
  over(rgbOf(LINK_KIND_STYLE[kind].colour), 0.95, WHITE);
/**
 * RGB distances. Markers are drawn opaque, so their inside is their colour exactly; a link's
 * line is told apart from Suzhou's green (#008060 against the agreement's #01665e, 24 apart
 * as drawn) by a tolerance below that.
 */
const MARKER_TOLERANCE = 12;
const LINK_TOLERANCE = 14;
const BASEMAP_TOLERANCE = 3;

/** The featured places with their coordinates, as the API serves them to the map. */
export async function featuredPlaces(request: APIRequestContext) {
  const places: {
    features: {
      id: string;
      geometry: { coordinates: [number, number] };
      properties: { featured: boolean };
    }[];
  } = await (await request.get('/api/places')).json();
  return places.features
    .filter((f) => f.properties.featured)
    .map((f) => ({ id: f.id, lngLat: f.geometry.coordinates }));
}

/** The map as drawn, saved and attached to the report, and decoded for measuring. */
export async function mapShot(page: Page, testInfo: TestInfo, name: string): Promise<Image> {
  const body = await page.locator(MAP).screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
  return decodePng(body);
}

/** Share of a place's colour in the middle of its marker (city markers are 8 px, districts 7). */
export async function markerShare(page: Page, image: Image, place: { id: string; lngLat: [number, number] }) {
  const colour = PLACE_COLOURS[place.id];
  if (!colour) throw new Error(`no colour for ${place.id}`);
  return shareNear(image, await framePixelOf(page, place.lngLat), 4, rgbOf(colour), MARKER_TOLERANCE);
}

/** Share of a link kind's colour around a point of its arc; the line is 2.5–5 px wide and dashed. */
export async function linkShare(
  page: Page,
  image: Image,
  at: readonly [number, number],
  kind: keyof typeof LINK_KIND_STYLE,
) {
  return shareNear(image, await framePixelOf(page, at), 6, linkColour(kind), LINK_TOLERANCE);
}

/** Share of the whole picture in the basemap's land or water colour. */
export const basemapShare = (image: Image, what: 'land' | 'water') =>
  shareOf(image, rgbOf(BASEMAP_COLOURS[what]), BASEMAP_TOLERANCE);
