'use client';

import { useLocale } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import type { ValueAxis } from '@/lib/charts/ticks';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { placeColour } from '@/lib/palette';
import { GRID_STROKE, TICK } from './axis-style';
import { barMarkLabel, barTooltip } from './bar-parts';
import type { TableRow } from './StatTable';
import { barEvents, useChartActions } from './use-chart-focus';

/** A bar of the area chart: one figure, labelled by its geography. */
export type AreaBar = TableRow & { label: string; value: number | null };

/** The Recharts drawing of AreaChart, loaded with the other drawings when the charts' turn comes. */
export function AreaDrawing({
  data,
  parentOf,
  axis,
}: {
  data: readonly AreaBar[];
  parentOf: (id: string) => string | null;
  /** The value axis the sketch drew (AreaChart), so nothing moves when this takes its place. */
  axis: ValueAxis;
}) {
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  const nameOf = usePlaceName();
  return (
    <BarChart data={data} layout="vertical" margin={PLOT_FRAMES.area.margin}>
      <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
      <XAxis
        type="number"
        tick={TICK}
        domain={[...axis.domain]}
        ticks={[...axis.ticks]}
        interval={0}
        tickFormatter={(value: number) => formatNumber(value, 'km2', locale, 0)}
        label={{
          value: axisUnit('km2', locale),
          position: 'insideBottomRight',
          offset: -2,
          fontSize: 12,
          fill: '#4a5565',
        }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={PLOT_FRAMES.area.yAxisWidth}
        tick={{ fontSize: 11, fill: '#1b2430' }}
        interval={0}
      />
      <Tooltip cursor={{ fill: 'rgba(0,0,0,0.04)' }} content={barTooltip(nameOf, locale)} />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        {...barEvents({ hoverPlace, selectPlace })}
        label={barMarkLabel(data, (place) => placeColour(place, parentOf), 'after')}
      >
        {data.map((bar) => (
          <Cell key={bar.label} fill={placeColour(bar.place, parentOf)} data-focus-place={bar.place} />
        ))}
      </Bar>
    </BarChart>
  );
}
