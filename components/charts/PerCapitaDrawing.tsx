'use client';
import { useLocale } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import type { ValueAxis } from '@/lib/charts/ticks';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { PLACE_COLOURS } from '@/lib/palette';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { barMarkLabel, barTooltip } from './bar-parts';
import type { TableRow } from './StatTable';
import { barEvents, useChartActions } from './use-chart-focus';

/** A bar of the per-capita chart: one place's figure in the year compared. */
export type PerCapitaBar = TableRow & { name: string; value: number | null };

/** The Recharts drawing of PerCapitaChart, loaded with the other drawings when the charts' turn comes. */
export function PerCapitaDrawing({
  data,
  unit,
  axis,
}: {
  data: readonly PerCapitaBar[];
  unit: string;
  /** The value axis the sketch drew (PerCapitaChart), so nothing moves when this takes its place. */
  axis: ValueAxis;
}) {
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  const nameOf = usePlaceName();
  return (
    <BarChart data={data} margin={PLOT_FRAMES.perCapita.margin}>
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="name" tick={TICK} interval={0} />
      <YAxis
        tick={TICK}
        tickFormatter={(value: number) => formatNumber(value, unit, locale, 0)}
        width={PLOT_FRAMES.perCapita.yAxisWidth}
        domain={[...axis.domain]}
        ticks={[...axis.ticks]}
        interval={0}
        label={yAxisTitle(axisUnit(unit, locale), 30)}
      />
      <Tooltip cursor={{ fill: 'rgba(0,0,0,0.04)' }} content={barTooltip(nameOf, locale)} />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        {...barEvents({ hoverPlace, selectPlace })}
        label={barMarkLabel(data, (place) => PLACE_COLOURS[place] ?? '#4a5565', 'above')}
      >
        {data.map((bar) => (
          <Cell key={bar.place} fill={PLACE_COLOURS[bar.place]} data-focus-place={bar.place} />
        ))}
      </Bar>
    </BarChart>
  );
}
