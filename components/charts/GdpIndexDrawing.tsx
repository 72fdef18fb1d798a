'use client';

import { useLocale, useTranslations } from 'next-intl';
import { CartesianGrid, ComposedChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { type IndexedLine, indexRows } from '@/lib/charts/growth';
import type { YearRange } from '@/lib/domain';
import { formatNumber } from '@/lib/format/numbers';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { IndexTooltip, indexDot } from './gdp-index-parts';
import { gdpPlaceLines } from './gdp-lines';
import { useChartActions } from './use-chart-focus';

/** The Recharts drawing of GdpIndexChart, loaded with the other drawings when the charts' turn comes. */
export function GdpIndexDrawing({ lines, range }: { lines: readonly IndexedLine[]; range: YearRange }) {
  const t = useTranslations('charts.mode');
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  const nameOf = usePlaceName();
  const rows = indexRows(lines, range);
  return (
    <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="year" tick={TICK} />
      <YAxis
        tick={TICK}
        tickFormatter={(value: number) => formatNumber(value, 'count', locale, 0)}
        width={64}
        domain={['auto', 'auto']}
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
