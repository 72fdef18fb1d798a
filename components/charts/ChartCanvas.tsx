'use client';

import { type ReactNode, type Ref, startTransition, useEffect, useRef, useState } from 'react';
import { markMapSettled, onMapSettled } from '@/components/atlas/map-settled';
import { createTurnQueue } from '@/lib/charts/turns';
import { type Drawings, loadDrawings } from './load-drawings';
import { onNearViewport } from './near-viewport';

type CanvasSize = { width: number; height: number };

type Props = {
  tall?: boolean;
  ref?: Ref<HTMLDivElement>;
  /** The server's drawing of the chart (ChartSketch), in the canvas until Recharts has drawn. */
  sketch: ReactNode;
  /** The Recharts chart, from the drawings' chunk, drawn at the canvas's size as measured when its turn came. */
  children: (drawings: Drawings) => ReactNode;
};

/** The charts of the page draw one after another. */
const drawTurns = createTurnQueue();

/**
 * The canvas's size once it is near the viewport, the map has settled and this chart's turn
 * has come; null before.
 *
 * Near the viewport: a chart the reader has not scrolled to stays the server's sketch, so a
 * phone that shows the map alone does not spend a second of main thread on Recharts.
 * After the map: drawing the four charts while the page hydrates (React tasks of 180–290 ms
 * in load traces on the benchmark machine) put the map's creation back by as much.
 * One at a time: a Recharts chart finishes its first draw in a synchronous render its own
 * effects start, and the four together made one task of 165–217 ms right after the map was
 * ready. Measured here and handed to the chart, so it draws whole in its transition instead
 * of in a later render its resize observer would start.
 */
function useDrawSize(
  box: React.RefObject<HTMLDivElement | null>,
): { size: CanvasSize; drawings: Drawings } | null {
  const [drawn, setDrawn] = useState<{ size: CanvasSize; drawings: Drawings } | null>(null);
  const endTurn = useRef<(() => void) | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let near = false;
    let settled = false;
    let cancelled = false;
    let cancelTurn = () => {};
    const drawWhenBoth = () => {
      if (!near || !settled) return;
      // The chunk first, so that the turn is the drawing alone.
      loadDrawings().then((drawings) => {
        if (cancelled) return;
        cancelTurn = drawTurns.request((end) => {
          endTurn.current = end;
          const rect = box.current?.getBoundingClientRect();
          if (!rect) return end();
          const size = { width: Math.round(rect.width), height: Math.round(rect.height) };
          startTransition(() => setDrawn({ size, drawings }));
        });
      });
    };
    // Both from mount, so the wait for the map is counted from hydration, not from a scroll.
    const cancelSettled = onMapSettled(() => {
      settled = true;
      drawWhenBoth();
    });
    const cancelNear = onNearViewport(element, () => {
      near = true;
      drawWhenBoth();
    });
    return () => {
      cancelled = true;
      cancelNear();
      cancelSettled();
      cancelTurn();
    };
  }, [box]);
  // The chart's own effects ran before this one (children first): its draw is done.
  useEffect(() => {
    if (drawn) endTurn.current?.();
  }, [drawn]);
  return drawn;
}

/**
 * Where a chart draws, in space kept for it so nothing around it moves: the server's sketch
 * first, with the first paint, then the Recharts chart in the same box.
 */
export function ChartCanvas({ tall = false, ref, sketch, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const drawn = useDrawSize(box);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not a control; a reader at a chart need not wait for the map.
    <div
      className={tall ? 'chart-canvas chart-canvas-tall' : 'chart-canvas'}
      ref={ref}
      aria-busy={drawn ? undefined : true}
      onPointerEnter={drawn ? undefined : markMapSettled}
      onFocus={drawn ? undefined : markMapSettled}
    >
      <div ref={box} className="chart-canvas-box">
        {drawn ? (
          <drawn.drawings.ResponsiveContainer width="100%" height="100%" initialDimension={drawn.size}>
            {children(drawn.drawings)}
          </drawn.drawings.ResponsiveContainer>
        ) : (
          sketch
        )}
      </div>
    </div>
  );
}
