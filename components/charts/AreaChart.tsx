'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useAtlasData, usePlaceName } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/client/query-options';
import { panelState } from '@/lib/charts/panel-state';
import { chartQueries } from '@/lib/charts/panels';
import { figureBars } from '@/lib/charts/shape';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { placeColour } from '@/lib/palette';
import { GRID_STROKE, TICK } from './axis-style';
import { barMarkLabel, barTooltip } from './bar-parts';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
import { MarkKey } from './marks';
import { StatTable } from './StatTable';
import { barEvents, useChartActions } from './use-chart-focus';

/** Axis labels stay on one line; the full geography is in the tooltip and the table. */
function shortLabel(geography: string, year: number | null): string {
  const text = `${geography}${year ? ` (${year})` : ''}`;
  return text.length > 34 ? `${text.slice(0, 33)}…` : text;
}

/** Panel 3: park and zone areas, each bar one geography (a park is not its planned science city). */
export function AreaChart() {
  const t = useTranslations('charts');
  const locale = useLocale();
  const [view] = useView();
  const params = chartQueries.area(view);
  const query = useQuery(statsQuery(params));
  const { placeById } = useAtlasData();
  const { hoverPlace, selectPlace, leaveRef } = useChartActions();
  const parentOf = (id: string) => placeById.get(id)?.properties.parent ?? null;
  const nameOf = usePlaceName();

  const bars = figureBars(query.data?.series ?? []);
  const data = bars.map((bar) => ({
    ...bar,
    label: shortLabel(bar.geographyName[locale], bar.point.year),
    value: bar.point.value,
  }));

  const chart = (
    <ChartCanvas tall ref={leaveRef}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis
          type="number"
          tick={TICK}
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
          width={170}
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
    </ChartCanvas>
  );

  return (
    <ChartPanel
      id="area"
      title={t('area.title')}
      subtitle={t('area.subtitle')}
      csvHref={`/api/stats?${statsSearch(params, 'csv')}`}
      state={panelState({ pending: query.isPending, error: query.isError, hasData: bars.length > 0 })}
      chart={chart}
      table={<StatTable caption={t('area.caption')} rows={bars} />}
      footnote={
        <>
          <MarkKey kinds={['published', 'unverified']} />
          <p className="chart-note">{t('area.note')}</p>
        </>
      }
    />
  );
}
