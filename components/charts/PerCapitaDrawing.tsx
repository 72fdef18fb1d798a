'use client';
import { useLocale } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { PLACE_COLOURS } from '@/lib/palette';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { barMarkLabel, barTooltip } from './bar-parts';
import type { TableRow } from './StatTable';
import { barEvents, useChartActions } from './use-chart-focus';

/** A bar of the per-capita chart: one place's figure in the year compared. */
export type PerCapitaBar = TableRow & { name: string; value: number | null };

/** The Recharts drawing of PerCapitaChart, loaded with the other drawings when the charts' turn comes. */
export function PerCapitaDrawing({ data, unit }: { data: readonly PerCapitaBar[]; unit: string }) {
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  const nameOf = usePlaceName();
  return (
    <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="name" tick={TICK} />
      <YAxis
        tick={TICK}
        tickFormatter={(value: number) => formatNumber(value, unit, locale, 0)}
        width={72}
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
