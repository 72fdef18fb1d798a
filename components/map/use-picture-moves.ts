'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  draggedBy,
  moveTransform,
  type PictureMove,
  UNMOVED,
  wheelZoom,
  zoomedAbout,
} from '@/lib/map/static/picture-move';

/** Past this many pixels a press is a drag, not a click on a place or an arc. */
const DRAG_THRESHOLD_PX = 3;

const PICTURE = '.static-map';
const MOTION = '.static-map-motion';

const onPicture = (event: Event) => event.target instanceof Element && event.target.closest(PICTURE) !== null;

/**
 * The reader's drags and wheel turns while MapLibre is still on its way: the server's picture
 * follows them at once, and the live map opens where they left it (MapPanel). Only while
 * `active`, and only as far as the live map would go. `dragging` is true while a drag is under way, so the switch waits for its end.
 */
export function usePictureMoves(
  stack: React.RefObject<HTMLDivElement | null>,
  active: boolean,
  /** Holds a move to what the live map allows, so that it opens where the picture was left. */
  hold: (move: PictureMove) => PictureMove,
) {
  const move = useRef<PictureMove>(UNMOVED);
  const [dragging, setDragging] = useState(false);

  const show = useCallback(() => {
    const motion = stack.current?.querySelector<HTMLElement>(`${PICTURE} ${MOTION}`);
    if (motion) motion.style.transform = moveTransform(move.current);
  }, [stack]);

  useEffect(() => {
    const element = stack.current;
    if (!element || !active) return;
    let press: { id: number; x: number; y: number; from: PictureMove; dragged: boolean } | null = null;

    const onPointerDown = (event: PointerEvent) => {
      if (press || !event.isPrimary || event.button !== 0 || !onPicture(event)) return;
      press = { id: event.pointerId, x: event.clientX, y: event.clientY, from: move.current, dragged: false };
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.id) return;
      const dx = event.clientX - press.x;
      const dy = event.clientY - press.y;
      if (!press.dragged) {
        if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
        // Captured, the release lands on the stack, so no click selects what the drag began on.
        press.dragged = true;
        element.setPointerCapture(event.pointerId);
        setDragging(true);
      }
      move.current = hold(draggedBy(press.from, dx, dy));
      show();
    };
    const onPointerEnd = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.id) return;
      if (press.dragged) setDragging(false);
      press = null;
    };
    const onWheel = (event: WheelEvent) => {
      if (!onPicture(event)) return;
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const at: [number, number] = [event.clientX - box.left, event.clientY - box.top];
      move.current = hold(zoomedAbout(move.current, 2 ** wheelZoom(event.deltaY, event.deltaMode), at));
      show();
    };

    element.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('pointermove', onPointerMove);
    element.addEventListener('pointerup', onPointerEnd);
    element.addEventListener('pointercancel', onPointerEnd);
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('pointermove', onPointerMove);
      element.removeEventListener('pointerup', onPointerEnd);
      element.removeEventListener('pointercancel', onPointerEnd);
      element.removeEventListener('wheel', onWheel);
    };
  }, [stack, active, show, hold]);

  /** Puts the picture back where the server drew it, once the live map shows the move. */
  const reset = useCallback(() => {
    move.current = UNMOVED;
    show();
  }, [show]);

  return { move, dragging, reset };
}
