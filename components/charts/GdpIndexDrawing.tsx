'use client';

import { useLocale, useTranslations } from 'next-intl';
import { CartesianGrid, ComposedChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { TimeAxes } from '@/lib/charts/chart-axes';
import type { IndexedLine } from '@/lib/charts/growth';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import type { TimeRow } from '@/lib/charts/shape';
import { formatNumber } from '@/lib/format/numbers';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { IndexTooltip, indexDot } from './gdp-index-parts';
import { gdpPlaceLines } from './gdp-lines';
import { useChartActions } from './use-chart-focus';

/** The Recharts drawing of GdpIndexChart, loaded with the other drawings when the charts' turn comes. */
export function GdpIndexDrawing({
  lines,
  rows,
  axes,
}: {
  lines: readonly IndexedLine[];
  rows: readonly TimeRow[];
  /** The axes the sketch drew (GdpIndexChart), so nothing moves when this takes its place. */
  axes: TimeAxes;
}) {
  const t = useTranslations('charts.mode');
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  const nameOf = usePlaceName();
  return (
    <ComposedChart data={[...rows]} margin={PLOT_FRAMES.gdpLines.margin}>
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="year" tick={TICK} ticks={axes.xTicks} interval={0} />
      <YAxis
        tick={TICK}
        tickFormatter={(value: number) => formatNumber(value, 'count', locale, 0)}
        width={PLOT_FRAMES.gdpLines.yAxisWidth}
        domain={[...axes.y.domain]}
        ticks={[...axes.y.ticks]}
        interval={0}
        label={yAxisTitle(t('indexAxis'), 20)}
      />
      <ReferenceLine y={100} stroke="#8a94a3" strokeDasharray="3 3" />
      <Tooltip
        content={({ active, label }) => (active ? <IndexTooltip year={Number(label)} lines={lines} /> : null)}
      />
      {gdpPlaceLines({ dotOf: (place) => indexDot(place, lines), nameOf, hoverPlace, selectPlace })}
    </ComposedChart>
  );
}
