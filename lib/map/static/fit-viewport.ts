import type { Bounds } from '@/lib/geo/bounds';
import { FIT_MAX_ZOOM, FIT_PADDING } from '@/lib/map/views';
import { roundTo, type Viewport } from '@/lib/view/parsers';
import { constrainCamera, fitCamera, type Size, wrapLongitude } from './camera';

/**
 * The URL's viewport that frames `bounds` in a map of `size` as the live map's view buttons
 * do (fitBounds with the map's padding, then its world-edge constraint): without WebGL the
 * buttons write it, and the server draws the picture for it. Null when the map has no room.
 */
export function fitViewport(bounds: Bounds, size: Size): Viewport | null {
  if (
    size.width <= FIT_PADDING.left + FIT_PADDING.right ||
    size.height <= FIT_PADDING.top + FIT_PADDING.bottom
  )
    return null;
  const { camera } = constrainCamera(fitCamera(bounds, size, FIT_PADDING, FIT_MAX_ZOOM), size);
  return {
    center: [roundTo(wrapLongitude(camera.center[0]), 4), roundTo(camera.center[1], 4)],
    zoom: roundTo(camera.zoom, 2),
    bearing: 0,
    pitch: 0,
  };
}
