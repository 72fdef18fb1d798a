import type { LinkList } from '@/lib/api/contract/links';
import type { PlaceFeatureCollection } from '@/lib/api/contract/places';
import { LINK_KINDS, type Locale, type Projection, type Selection } from '@/lib/domain';
import { type ArcFeatureCollection, groupArcs, groupLinks, type LinkGroup } from '@/lib/map/arcs';
import { linkShown } from '@/lib/map/link-filter';
import { allPlacesBounds, FIT_PADDING, selectionBounds } from '@/lib/map/views';
import type { ViewState } from '@/lib/view/parsers';
import {
  type Camera,
  clampLatitude,
  constrainCamera,
  fitCamera,
  MAPLIBRE_MAX_ZOOM,
  type Size,
  scaledCamera,
  screenProjection,
  type WorldEdge,
} from './camera';
import type { DrawArea } from './geometry';

/**
 * The size the server draws the map at. The reader's frame is not known there: a framed view
 * (no camera in the URL) is drawn for this size and scaled to fit the frame, and the live
 * map then starts at the scaled camera (lib/map/static/camera.ts scaledCamera); a view with
 * a camera is shown at its own pixels, centred.
 */
export const STATIC_MAP_SIZE: Size = { width: 900, height: 540 };

/**
 * How far past its size the map is drawn, as a share of it on each side, so that a frame of
 * another shape than STATIC_MAP_SIZE still shows map to its edges.
 */
export const OVERDRAW = 0.4;

/** The parts of the view the static map draws. */
export type StaticMapView = Pick<
  ViewState,
  | 'center'
  | 'zoom'
  | 'bearing'
  | 'selection'
  | 'hiddenKinds'
  | 'hiddenGrades'
  | 'hiddenStatuses'
  | 'years'
  | 'outlines'
  | 'projection'
>;

/**
 * Where the map looks and at what size. `framed`: the camera fits the view's bounds, so the
 * picture may be scaled to the reader's frame; `edge`: the camera is held against the world's
 * top or bottom, so the picture is shown against that edge of the frame, as MapLibre holds it.
 */
export type StaticMapFrame = {
  camera: Camera;
  size: Size;
  framed: boolean;
  edge: WorldEdge;
  projection: Projection;
};

/**
 * The camera that shows a frame's picture as it is shown in a box of `shown` px: a framed
 * view's picture is scaled to the box, the camera with it; any other is shown at its pixels.
 */
export const shownCamera = (frame: StaticMapFrame, shown: Size): Camera =>
  frame.framed ? scaledCamera(frame.camera, frame.size, shown, frame.edge) : frame.camera;

/**
 * The camera MapLibre settles on for the view's projection: the flat map holds the world's
 * top and bottom in view; the globe only keeps its centre off the poles.
 */
function settledCamera(
  camera: Camera,
  size: Size,
  projection: Projection,
): { camera: Camera; edge: WorldEdge } {
  if (projection === 'mercator') return constrainCamera(camera, size);
  const [lon, lat] = camera.center;
  return { camera: { ...camera, center: [lon, clampLatitude(lat)] }, edge: null };
}

/** The links the view keeps but for kinds, grouped and drawn as arcs, as the live map does (LinkGroupsProvider). */
export function viewArcs(
  view: StaticMapView,
  places: PlaceFeatureCollection,
  links: LinkList,
): { arcs: ArcFeatureCollection; groupOf: Map<string, LinkGroup> } {
  const { groups, groupOf } = groupLinks(links, (link) =>
    linkShown(link, {
      years: view.years,
      hiddenKinds: [],
      hiddenGrades: view.hiddenGrades,
      hiddenStatuses: view.hiddenStatuses,
    }),
  );
  return { arcs: groupArcs(groups, places), groupOf };
}

/** On the map a link is its group's arc. */
export const drawnAs =
  (groupOf: ReadonlyMap<string, LinkGroup>) =>
  (target: Selection | null): Selection | null =>
    target?.type === 'link' ? { type: 'link', id: groupOf.get(target.id)?.id ?? target.id } : target;

/**
 * The camera the live map opens the view with: the URL's, or else a fit (with the map's
 * padding) of the selection or of every place and arc (useSelectionFraming's start bounds).
 */
export function staticMapFrame(
  view: StaticMapView,
  places: PlaceFeatureCollection,
  { arcs, groupOf }: ReturnType<typeof viewArcs>,
  size: Size = STATIC_MAP_SIZE,
): StaticMapFrame {
  if (view.center && view.zoom !== null) {
    const wanted = { center: view.center, zoom: view.zoom, bearing: view.bearing };
    return {
      ...settledCamera(wanted, size, view.projection),
      size,
      framed: false,
      projection: view.projection,
    };
  }
  const bounds =
    (view.selection && selectionBounds(view.selection, places, arcs, (t) => drawnAs(groupOf)(t))) ||
    allPlacesBounds(places, arcs);
  return {
    ...settledCamera(fitCamera(bounds, size, FIT_PADDING, MAPLIBRE_MAX_ZOOM), size, view.projection),
    size,
    framed: true,
    projection: view.projection,
  };
}

/** The frame's projection, drawing OVERDRAW past its edges. */
export function drawArea({ camera, size, projection }: StaticMapFrame, overdraw = OVERDRAW): DrawArea {
  const dx = size.width * overdraw;
  const dy = size.height * overdraw;
  return {
    project: screenProjection(camera, size, projection),
    extent: [
      [-dx, -dy],
      [size.width + dx, size.height + dy],
    ],
  };
}

/** The kinds the view shows. */
export const visibleKinds = (view: Pick<StaticMapView, 'hiddenKinds'>) =>
  LINK_KINDS.filter((kind) => !view.hiddenKinds.includes(kind));

export type StaticMapRequest = {
  view: StaticMapView;
  language: Locale;
  places: PlaceFeatureCollection;
  links: LinkList;
};
