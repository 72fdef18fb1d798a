'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useViewport } from '@/components/atlas/view';
import { movedCamera } from '@/lib/map/static/camera';
import { isMoved } from '@/lib/map/static/picture-move';
import type { Fitter, FitterRef } from './AtlasMap';
import { noteLiveMapIntent } from './live-map-intent';
import type { usePictureMoves } from './use-picture-moves';
import type { Framings } from './use-static-views';

/* The handover from the server's picture to the live map (MapPanel). */

/**
 * What the map's controls ask before a map can do it: kept (the latest only), with a call
 * for the live map, and done by the live map once it shows, or by the picture's own views
 * when this browser turns out to have no WebGL.
 */
export function usePendingAction(fitter: FitterRef, shown: boolean, pictureViews: Framings | null) {
  const pending = useRef<((map: Framings) => void) | null>(null);
  const act = useCallback(
    (action: (map: Framings) => void) => {
      const map = shown ? fitter.current : pictureViews;
      if (map) {
        action(map);
        return;
      }
      pending.current = action;
      noteLiveMapIntent();
    },
    [fitter, shown, pictureViews],
  );
  useEffect(() => {
    const map = shown ? fitter.current : pictureViews;
    if (!map) return;
    const action = pending.current;
    pending.current = null;
    action?.(map);
  }, [shown, fitter, pictureViews]);
  return act;
}

/**
 * The live map's camera once it has drawn the picture's, and then, if the reader moved the
 * picture meanwhile, the same move on the live map; true once the live map shows what the
 * picture shows. A drag under way is waited for.
 */
export function useLiveMapShown(
  fitter: FitterRef,
  ready: boolean,
  moves: ReturnType<typeof usePictureMoves>,
): boolean {
  const [shown, setShown] = useState(false);
  const [round, setRound] = useState(0);
  const start = useRef<ReturnType<Fitter['view']> | null>(null);
  const { move, dragging, reset } = moves;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round looks at the move again.
  useEffect(() => {
    const live = fitter.current;
    if (!ready || shown || dragging || !live) return;
    start.current ??= live.view();
    const opened = start.current;
    const shownMove = move.current;
    let current = true;
    const drawn =
      opened && isMoved(shownMove)
        ? live.showCamera(movedCamera(opened.camera, opened.size, shownMove))
        : Promise.resolve();
    void drawn.then(() => {
      if (!current) return;
      // A wheel turned while the live map drew: show that too before the switch.
      if (move.current !== shownMove) setRound((n) => n + 1);
      else {
        setShown(true);
        reset();
      }
    });
    return () => {
      current = false;
    };
  }, [fitter, ready, shown, dragging, move, reset, round]);
  return shown;
}

/** A camera the URL takes from elsewhere (Back, Forward) while the picture is the map: the live map shows it. */
export function useWantedOnCameraChange(enabled: boolean) {
  const [viewport] = useViewport();
  const first = useRef(viewport);
  useEffect(() => {
    if (enabled && viewport !== first.current) noteLiveMapIntent();
  }, [enabled, viewport]);
}
