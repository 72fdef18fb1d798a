'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Growth } from '@/lib/charts/growth';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { GRID_STROKE, TICK } from './axis-style';
import { GrowthDetails, growthLabel, percent } from './gdp-growth-parts';
import { barEvents, useChartActions } from './use-chart-focus';

const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;

/** The Recharts drawing of GdpGrowthChart, loaded with the other drawings when the charts' turn comes. */
export function GdpGrowthDrawing({ data }: { data: readonly (Growth & { label: string; value: number })[] }) {
  const t = useTranslations('charts.mode');
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  return (
    <BarChart data={data} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 8 }}>
      <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
      <XAxis
        type="number"
        tick={TICK}
        domain={[(min: number) => Math.min(0, min), 'auto']}
        tickFormatter={(value: number) => percent(value / 100, locale, 0)}
      />
      <YAxis type="category" dataKey="label" width={72} tick={{ fontSize: 11, fill: '#1b2430' }} />
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
        label={growthLabel(data, colourOf, (g) => [
          percent(g.rate ?? 0, locale),
          t('growthYears', { from: g.years?.[0] ?? '', to: g.years?.[1] ?? '' }),
        ])}
      >
        {data.map((bar) => (
          <Cell key={bar.place} fill={colourOf(bar.place)} data-focus-place={bar.place} />
        ))}
      </Bar>
    </BarChart>
  );
}
