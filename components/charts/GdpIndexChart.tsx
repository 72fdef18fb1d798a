'use client';

import { useLocale, useTranslations } from 'next-intl';
import { timeAxes } from '@/lib/charts/chart-axes';
import { lowerBoundKey } from '@/lib/charts/gdp-rows';
import { indexSeries } from '@/lib/charts/gdp-sketch';
import { type IndexedLine, indexRows } from '@/lib/charts/growth';
import { GDP_PLACES } from '@/lib/charts/panels';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import { axisShare, lineSketch } from '@/lib/charts/sketch';
import type { YearRange } from '@/lib/domain';
import { formatNumber } from '@/lib/format/numbers';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { ChartCanvas } from './ChartCanvas';
import { LinesSketch } from './ChartSketch';
import { PlaceLegend } from './PlaceLegend';

const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;

/** GDP indexed to each place's base year = 100, from the figures in their own currency. */
export function GdpIndexChart({ lines, range }: { lines: readonly IndexedLine[]; range: YearRange }) {
  const t = useTranslations('charts.mode');
  const locale = useLocale();
  const rows = indexRows(lines, range);
  const axes = timeAxes(rows, [...GDP_PLACES, ...GDP_PLACES.map(lowerBoundKey)], false);
  const sketch = lineSketch({
    years: axes.years,
    xTicks: axes.xTicks,
    axis: axes.y,
    series: indexSeries(rows, lines, GDP_PLACES, colourOf),
    formatValue: (value) => formatNumber(value, 'count', locale, 0),
  });
  return (
    <>
      <ChartCanvas
        sketch={
          <LinesSketch
            kind="gdp-index"
            frame={PLOT_FRAMES.gdpLines}
            sketch={sketch}
            title={t('indexAxis')}
            reference={100 - axisShare(100, axes.y)}
          />
        }
      >
        {(drawings) => <drawings.GdpIndexDrawing lines={lines} rows={rows} axes={axes} />}
      </ChartCanvas>
      <PlaceLegend
        places={GDP_PLACES}
        geographies={new Map(lines.map((line) => [line.place, line.geography]))}
      />
    </>
  );
}
