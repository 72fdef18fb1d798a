'use client';

import { useLocale } from 'next-intl';
import { timeAxes } from '@/lib/charts/chart-axes';
import { type gdpRows, lowerBoundKey } from '@/lib/charts/gdp-rows';
import { levelSeries } from '@/lib/charts/gdp-sketch';
import { GDP_PLACES } from '@/lib/charts/panels';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import { lineSketch } from '@/lib/charts/sketch';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { ChartCanvas } from './ChartCanvas';
import { LinesSketch } from './ChartSketch';
import { PlaceLegend } from './PlaceLegend';

const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;

/** GDP as published, one line per place; gaps stay gaps and lower bounds stand apart. */
export function GdpLevelsChart({ shaped, unit }: { shaped: ReturnType<typeof gdpRows>; unit: string }) {
  const locale = useLocale();
  const { rows, points } = shaped;
  const axes = timeAxes(rows, [...GDP_PLACES, ...GDP_PLACES.map(lowerBoundKey)], true);
  const sketch = lineSketch({
    years: axes.years,
    xTicks: axes.xTicks,
    axis: axes.y,
    series: levelSeries(rows, points, GDP_PLACES, colourOf),
    formatValue: (value) => formatNumber(value, unit, locale, 0),
  });
  return (
    <>
      <ChartCanvas
        sketch={
          <LinesSketch
            kind="gdp-levels"
            frame={PLOT_FRAMES.gdpLines}
            sketch={sketch}
            title={axisUnit(unit, locale)}
          />
        }
      >
        {(drawings) => <drawings.GdpLevelsDrawing shaped={shaped} unit={unit} axes={axes} />}
      </ChartCanvas>
      <PlaceLegend
        places={GDP_PLACES}
        geographies={new Map([...points.values()].map((p) => [p.place, p.geography]))}
      />
    </>
  );
}
