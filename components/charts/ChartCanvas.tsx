'use client';

import { type ReactNode, type Ref, startTransition, useEffect, useRef, useState } from 'react';
import { ResponsiveContainer } from 'recharts';
import { onMapSettled } from '@/components/atlas/map-settled';
import { createTurnQueue } from '@/lib/charts/turns';

type CanvasSize = { width: number; height: number };

type Props = {
  tall?: boolean;
  ref?: Ref<HTMLDivElement>;
  /** The Recharts chart, drawn at the canvas's size as measured when its turn came. */
  children: ReactNode;
};

/** The charts of the page draw one after another. */
const drawTurns = createTurnQueue();

/**
 * The canvas's size once the map has settled and this chart's turn has come; null before.
 *
 * After the map: drawing the four charts while the page hydrates (React tasks of 180–290 ms
 * in load traces on the benchmark machine) put the map's creation back by as much.
 * One at a time: a Recharts chart finishes its first draw in a synchronous render its own
 * effects start, and the four together made one task of 165–217 ms right after the map was
 * ready. Measured here and handed to the chart, so it draws whole in its transition instead
 * of in a later render its resize observer would start.
 */
function useDrawSize(box: React.RefObject<HTMLDivElement | null>): CanvasSize | null {
  const [size, setSize] = useState<CanvasSize | null>(null);
  const endTurn = useRef<(() => void) | null>(null);
  useEffect(() => {
    let cancelTurn = () => {};
    const unsubscribe = onMapSettled(() => {
      cancelTurn = drawTurns.request((end) => {
        endTurn.current = end;
        const rect = box.current?.getBoundingClientRect();
        if (!rect) return end();
        const measured = { width: Math.round(rect.width), height: Math.round(rect.height) };
        startTransition(() => setSize(measured));
      });
    });
    return () => {
      unsubscribe();
      cancelTurn();
    };
  }, [box]);
  // The chart's own effects ran before this one (children first): its draw is done.
  useEffect(() => {
    if (size) endTurn.current?.();
  }, [size]);
  return size;
}

/** Where a chart draws, in space kept for it so nothing around it moves while it waits. */
export function ChartCanvas({ tall = false, ref, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const size = useDrawSize(box);
  return (
    <div
      className={tall ? 'chart-canvas chart-canvas-tall' : 'chart-canvas'}
      ref={ref}
      aria-busy={size ? undefined : true}
    >
      <div ref={box} className="chart-canvas-box">
        {size ? (
          <ResponsiveContainer width="100%" height="100%" initialDimension={size}>
            {children}
          </ResponsiveContainer>
        ) : null}
      </div>
    </div>
  );
}
