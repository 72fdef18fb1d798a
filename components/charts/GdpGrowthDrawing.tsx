'use client';

import { useLocale } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Growth } from '@/lib/charts/growth';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import type { ValueAxis } from '@/lib/charts/ticks';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { GRID_STROKE, TICK } from './axis-style';
import { GrowthDetails, growthLabel, percent } from './gdp-growth-parts';
import { barEvents, useChartActions } from './use-chart-focus';

const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;

/** The Recharts drawing of GdpGrowthChart, loaded with the other drawings when the charts' turn comes. */
export function GdpGrowthDrawing({
  data,
  axis,
  labelOf,
}: {
  data: readonly (Growth & { label: string; value: number })[];
  /** The value axis the sketch drew (GdpGrowthChart), so nothing moves when this takes its place. */
  axis: ValueAxis;
  /** Each bar's rate and years, as the sketch writes them. */
  labelOf: (growth: Growth) => readonly [rate: string, years: string];
}) {
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  return (
    <BarChart data={data} layout="vertical" margin={PLOT_FRAMES.gdpGrowth.margin}>
      <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
      <XAxis
        type="number"
        tick={TICK}
        domain={[...axis.domain]}
        ticks={[...axis.ticks]}
        interval={0}
        tickFormatter={(value: number) => percent(value / 100, locale, 0)}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={PLOT_FRAMES.gdpGrowth.yAxisWidth}
        tick={{ fontSize: 11, fill: '#1b2430' }}
      />
      <ReferenceLine x={0} stroke="#8a94a3" />
      <Tooltip
        cursor={{ fill: 'rgba(0,0,0,0.04)' }}
        content={({ active, payload }) => {
          const growth = active ? (payload?.[0]?.payload as Growth | undefined) : undefined;
          return growth ? (
            <div className="chart-tooltip">
              <GrowthDetails growth={growth} />
            </div>
          ) : null;
        }}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        {...barEvents({ hoverPlace, selectPlace })}
        label={growthLabel(data, colourOf, labelOf)}
      >
        {data.map((bar) => (
          <Cell key={bar.place} fill={colourOf(bar.place)} data-focus-place={bar.place} />
        ))}
      </Bar>
    </BarChart>
  );
}
