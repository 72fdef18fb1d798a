'use client';

import type { IndexedLine } from '@/lib/charts/growth';
import { GDP_PLACES } from '@/lib/charts/panels';
import type { YearRange } from '@/lib/domain';
import { ChartCanvas } from './ChartCanvas';
import { PlaceLegend } from './PlaceLegend';

/** GDP indexed to each place's base year = 100, from the figures in their own currency. */
export function GdpIndexChart({ lines, range }: { lines: readonly IndexedLine[]; range: YearRange }) {
  return (
    <>
      <ChartCanvas>{(drawings) => <drawings.GdpIndexDrawing lines={lines} range={range} />}</ChartCanvas>
      <PlaceLegend
        places={GDP_PLACES}
        geographies={new Map(lines.map((line) => [line.place, line.geography]))}
      />
    </>
  );
}
