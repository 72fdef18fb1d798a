import type { Selection } from '@/lib/domain';
import { type BasemapData, type BasemapPicture, basemapPicture } from './basemap';
import type { Size } from './camera';
import { type DataPicture, dataPicture } from './data';
import type { DrawArea } from './geometry';
import { createPlacer, type Placer } from './labels';
import {
  drawArea,
  drawnAs,
  type StaticMapFrame,
  type StaticMapRequest,
  staticMapFrame,
  viewArcs,
  visibleKinds,
} from './static-map';

export type StaticMapPicture = { frame: StaticMapFrame; basemap: BasemapPicture; data: DataPicture };

/** A placer for the whole drawn area. */
export const areaPlacer = (area: DrawArea): Placer => {
  const [[left, top], [right, bottom]] = area.extent;
  return createPlacer([left, top, right, bottom]);
};

/** The atlas's layers of the view at its frame (what the client draws again when the view changes). */
export function viewDataPicture(
  request: StaticMapRequest,
  frame: StaticMapFrame,
  hovered: Selection | null,
  placer: Placer = areaPlacer(drawArea(frame)),
  area: DrawArea = drawArea(frame),
): DataPicture {
  const { arcs, groupOf } = viewArcs(request.view, request.places, request.links);
  const as = drawnAs(groupOf);
  return dataPicture(
    {
      places: request.places,
      arcs,
      visibleKinds: visibleKinds(request.view),
      hovered: as(hovered),
      selected: as(request.view.selection),
      language: request.language,
    },
    area,
    placer,
  );
}

/**
 * The whole map of a view: its frame, the atlas's layers and under them the basemap, whose
 * labels take the room the atlas's labels leave.
 */
export function staticMapPicture(
  request: StaticMapRequest,
  basemap: BasemapData,
  { size, overdraw }: { size?: Size; overdraw?: number } = {},
): StaticMapPicture {
  const frame = staticMapFrame(
    request.view,
    request.places,
    viewArcs(request.view, request.places, request.links),
    size,
  );
  const area = drawArea(frame, overdraw);
  const placer = areaPlacer(area);
  const data = viewDataPicture(request, frame, null, placer, area);
  return {
    frame,
    data,
    basemap: basemapPicture(
      basemap,
      area,
      { language: request.language, outlines: request.view.outlines },
      placer,
    ),
  };
}

const BASEMAP_CACHE_SIZE = 64;
const basemapCache = new Map<string, BasemapPicture>();

/**
 * The basemap of a frame, remembered for the last few: it depends only on the camera, the
 * language and the outlines (the atlas's labels it avoids depend on the places alone), and
 * most readers open the same few views.
 */
export function framedBasemap(
  request: StaticMapRequest,
  frame: StaticMapFrame,
  data: BasemapData,
  overdraw?: number,
): BasemapPicture {
  const key = JSON.stringify([frame, overdraw, request.language, request.places.features.length]);
  const known = basemapCache.get(key);
  if (known) return known;
  const area = drawArea(frame, overdraw);
  const placer = areaPlacer(area);
  viewDataPicture(request, frame, null, placer, area);
  const basemap = basemapPicture(data, area, { language: request.language, outlines: true }, placer);
  basemapCache.set(key, basemap);
  if (basemapCache.size > BASEMAP_CACHE_SIZE) basemapCache.delete(basemapCache.keys().next().value as string);
  return basemap;
}

/** The view's frame (the camera the live map opens with) and its basemap. */
export function staticBasemap(
  request: StaticMapRequest,
  data: BasemapData,
): { frame: StaticMapFrame; basemap: BasemapPicture } {
  const frame = staticMapFrame(
    request.view,
    request.places,
    viewArcs(request.view, request.places, request.links),
  );
  return { frame, basemap: framedBasemap(request, frame, data) };
}
