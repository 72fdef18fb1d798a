import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import { constrainCamera, fitCamera, type Size } from './static/camera';
import type { StaticMapFrame } from './static/static-map';
import { yangtzeDeltaBounds } from './views';

/** The size the server draws the delta's inset at; the page shows it in a box of this shape, scaled. */
export const INSET_SIZE: Size = { width: 180, height: 135 };

/** The inset's box is always its picture's shape, so it needs little drawn past its edges. */
export const INSET_OVERDRAW = 0.05;

/** Room at the top for the inset's caption. */
const INSET_PADDING = { top: 34, right: 6, bottom: 6, left: 6 };

/**
 * The inset shows while it draws the delta at least twice as large as the main map does: in
 * the world view that puts Boston beside them, the delta's places and links are one dot.
 */
const INSET_ZOOM_LEAD = 1;

/** The inset's camera: the Yangtze River Delta, every site inside its places, fitted to INSET_SIZE. */
export function insetFrame(places: PlaceFeatureCollection): StaticMapFrame {
  const fitted = fitCamera(yangtzeDeltaBounds(places), INSET_SIZE, INSET_PADDING);
  return { ...constrainCamera(fitted, INSET_SIZE), size: INSET_SIZE, framed: true, projection: 'mercator' };
}

/** Whether the main map, at `mapZoom`, shows the delta so much smaller than the inset (at `insetZoom`) that the inset is wanted. */
export const insetWanted = (mapZoom: number, insetZoom: number): boolean =>
  mapZoom < insetZoom - INSET_ZOOM_LEAD;
