/** A picture moved on the screen: each of its pixels p is shown at scale · p + (x, y). */
export type PictureMove = { scale: number; x: number; y: number };

export const UNMOVED: PictureMove = { scale: 1, x: 0, y: 0 };

export const isMoved = ({ scale, x, y }: PictureMove) => scale !== 1 || x !== 0 || y !== 0;

/** The move `move` followed by a drag of (dx, dy) px. */
export const draggedBy = (move: PictureMove, dx: number, dy: number): PictureMove => ({
  ...move,
  x: move.x + dx,
  y: move.y + dy,
});

/** The move `move` followed by a zoom by `factor` about the screen point `at`, which stays put. */
export const zoomedAbout = (
  move: PictureMove,
  factor: number,
  [x, y]: readonly [number, number],
): PictureMove => ({
  scale: move.scale * factor,
  x: factor * (move.x - x) + x,
  y: factor * (move.y - y) + y,
});

/** A wheel's pixels per zoom level, as MapLibre's mouse-wheel rate (1/450 per px). */
const WHEEL_PX_PER_ZOOM = 450;
/** What a wheel's line and page stand for, in pixels (MapLibre counts a line as 40 px). */
const WHEEL_UNIT_PX = [1, 40, WHEEL_PX_PER_ZOOM] as const;
/** One wheel event zooms by at most a level, as MapLibre caps it. */
const MAX_WHEEL_ZOOM = 1;

/** The zoom (in levels, + is in) of one wheel event: `deltaMode` 0 pixels, 1 lines, 2 pages. */
export function wheelZoom(deltaY: number, deltaMode: number): number {
  const pixels = deltaY * (WHEEL_UNIT_PX[deltaMode as 0 | 1 | 2] ?? 1);
  return Math.max(-MAX_WHEEL_ZOOM, Math.min(MAX_WHEEL_ZOOM, -pixels / WHEEL_PX_PER_ZOOM));
}

/** The CSS transform that shows a move (with its origin at the box's top left). */
export const moveTransform = (move: PictureMove) =>
  isMoved(move) ? `translate(${move.x}px, ${move.y}px) scale(${move.scale})` : '';
