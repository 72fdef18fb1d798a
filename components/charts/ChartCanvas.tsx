'use client';

import type { ReactNode, Ref } from 'react';
import { useMapSettled } from '@/components/atlas/map-settled';

type Props = { tall?: boolean; ref?: Ref<HTMLDivElement>; children: ReactNode };

/**
 * Where a chart draws. The map is what a reader opens the atlas for, and drawing the four
 * charts while the page hydrates (React tasks of 180–290 ms in load traces on the benchmark
 * machine) put the map's creation back by as much. The charts draw once the map has settled,
 * in space kept for them so nothing around them moves.
 */
export function ChartCanvas({ tall = false, ref, children }: Props) {
  const draw = useMapSettled();
  return (
    <div
      className={tall ? 'chart-canvas chart-canvas-tall' : 'chart-canvas'}
      ref={ref}
      aria-busy={draw ? undefined : true}
    >
      {draw ? children : null}
    </div>
  );
}
