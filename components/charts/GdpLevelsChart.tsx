'use client';

import type { gdpRows } from '@/lib/charts/gdp-rows';
import { GDP_PLACES } from '@/lib/charts/panels';
import { ChartCanvas } from './ChartCanvas';
import { PlaceLegend } from './PlaceLegend';

/** GDP as published, one line per place; gaps stay gaps and lower bounds stand apart. */
export function GdpLevelsChart({ shaped, unit }: { shaped: ReturnType<typeof gdpRows>; unit: string }) {
  const { points } = shaped;
  return (
    <>
      <ChartCanvas>{(drawings) => <drawings.GdpLevelsDrawing shaped={shaped} unit={unit} />}</ChartCanvas>
      <PlaceLegend
        places={GDP_PLACES}
        geographies={new Map([...points.values()].map((p) => [p.place, p.geography]))}
      />
    </>
  );
}
