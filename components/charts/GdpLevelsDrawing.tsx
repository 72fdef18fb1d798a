'use client';

import { useLocale } from 'next-intl';
import { CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { TimeAxes } from '@/lib/charts/chart-axes';
import type { gdpRows } from '@/lib/charts/gdp-rows';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { gdpPlaceLines } from './gdp-lines';
import { figureDot, GdpTooltip } from './gdp-marks';
import { useChartActions } from './use-chart-focus';

/** The Recharts drawing of GdpLevelsChart, loaded with the other drawings when the charts' turn comes. */
export function GdpLevelsDrawing({
  shaped,
  unit,
  axes,
}: {
  shaped: ReturnType<typeof gdpRows>;
  unit: string;
  /** The axes the sketch drew (GdpLevelsChart), so nothing moves when this takes its place. */
  axes: TimeAxes;
}) {
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  const nameOf = usePlaceName();
  const { rows, points } = shaped;
  return (
    <ComposedChart data={rows} margin={PLOT_FRAMES.gdpLines.margin}>
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="year" tick={TICK} ticks={axes.xTicks} interval={0} />
      <YAxis
        tick={TICK}
        tickFormatter={(value: number) => formatNumber(value, unit, locale, 0)}
        width={PLOT_FRAMES.gdpLines.yAxisWidth}
        domain={[...axes.y.domain]}
        ticks={[...axes.y.ticks]}
        interval={0}
        label={yAxisTitle(axisUnit(unit, locale), 40)}
      />
      <Tooltip
        content={({ active, label }) => (active ? <GdpTooltip year={Number(label)} points={points} /> : null)}
      />
      {gdpPlaceLines({ dotOf: (place) => figureDot(place, points), nameOf, hoverPlace, selectPlace })}
    </ComposedChart>
  );
}
