'use client';

import { useLocale } from 'next-intl';
import { CartesianGrid, ComposedChart, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { gdpRows } from '@/lib/charts/gdp-rows';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { gdpPlaceLines } from './gdp-lines';
import { figureDot, GdpTooltip } from './gdp-marks';
import { useChartActions } from './use-chart-focus';

/** The Recharts drawing of GdpLevelsChart, loaded with the other drawings when the charts' turn comes. */
export function GdpLevelsDrawing({ shaped, unit }: { shaped: ReturnType<typeof gdpRows>; unit: string }) {
  const locale = useLocale();
  const { hoverPlace, selectPlace } = useChartActions();
  const nameOf = usePlaceName();
  const { rows, points } = shaped;
  return (
    <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="year" tick={TICK} />
      <YAxis
        tick={TICK}
        tickFormatter={(value: number) => formatNumber(value, unit, locale, 0)}
        width={64}
        label={yAxisTitle(axisUnit(unit, locale), 40)}
      />
      <Tooltip
        content={({ active, label }) => (active ? <GdpTooltip year={Number(label)} points={points} /> : null)}
      />
      {gdpPlaceLines({ dotOf: (place) => figureDot(place, points), nameOf, hoverPlace, selectPlace })}
    </ComposedChart>
  );
}
