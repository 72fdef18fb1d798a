'use client';

import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/query-options';
import { chartQueries } from '@/lib/charts/panels';
import { comparisonYear } from '@/lib/charts/shape';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { PLACE_COLOURS } from '@/lib/palette';
import { ChartPanel } from './ChartPanel';
import { Mark, MarkKey, markOf } from './marks';
import { PointDetails } from './PointDetails';
import { RateNote } from './RateNote';
import { StatTable } from './StatTable';
import { placeOfBar, useChartFocus } from './use-chart-focus';

/** Panel 2: GDP per capita in the latest year the most places share. */
export function PerCapitaChart() {
  const [view] = useView();
  const params = chartQueries.gdppc(view);
  const query = useQuery(statsQuery(params));
  const { placeById } = useAtlasData();
  const { hoverPlace, selectPlace, opacityOf } = useChartFocus();
  const nameOf = (id: string) => placeById.get(id)?.properties.name_en ?? id;

  const { year, bars, missing } = comparisonYear(query.data?.series ?? []);
  const unit = query.data?.unit ?? view.currency;
  const data = bars.map((bar) => ({ ...bar, name: nameOf(bar.place), value: bar.point.value }));
  const shownParams = year === null ? params : { ...params, from: year, to: year };

  const chart = (
    <div className="chart-canvas">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e3e7ec" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12, fill: '#4a5565' }} />
          <YAxis
            tick={{ fontSize: 12, fill: '#4a5565' }}
            tickFormatter={(value: number) => formatNumber(value, unit, 'en', 0)}
            width={72}
            label={{
              value: axisUnit(unit, 'en'),
              angle: -90,
              position: 'insideLeft',
              fontSize: 12,
              fill: '#4a5565',
              dy: 30,
            }}
          />
          <Tooltip
            cursor={{ fill: 'rgba(0,0,0,0.04)' }}
            content={({ active, payload }) => {
              const bar = active ? (payload?.[0]?.payload as (typeof data)[number] | undefined) : undefined;
              return bar ? (
                <div className="chart-tooltip">
                  <PointDetails name={bar.name} geography={bar.geography} point={bar.point} />
                </div>
              ) : null;
            }}
          />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            onMouseEnter={(entry) => hoverPlace(placeOfBar(entry))}
            onMouseLeave={() => hoverPlace(null)}
            onClick={(entry) => {
              const place = placeOfBar(entry);
              if (place) selectPlace(place);
            }}
            label={({ x, y, width, index }) => {
              const bar = data[index ?? -1];
              if (!bar || x === undefined || y === undefined || width === undefined) return null;
              return (
                <g key={bar.place}>
                  <Mark
                    kind={markOf(bar.point)}
                    x={Number(x) + Number(width) / 2}
                    y={Number(y) - 10}
                    colour={PLACE_COLOURS[bar.place] ?? '#4a5565'}
                    size={4}
                  />
                </g>
              );
            }}
          >
            {data.map((bar) => (
              <Cell
                key={bar.place}
                fill={PLACE_COLOURS[bar.place]}
                fillOpacity={opacityOf(bar.place)}
                data-place={bar.place}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );

  return (
    <ChartPanel
      id="gdppc"
      title={year === null ? 'GDP per capita' : `GDP per capita, ${year}`}
      subtitle={`${axisUnit(unit, 'en')} per resident`}
      csvHref={`/api/stats?${statsSearch(shownParams, 'csv')}`}
      state={query.isPending ? 'loading' : query.isError ? 'error' : bars.length > 0 ? 'ready' : 'empty'}
      emptyMessage="No per-capita figures in these years."
      chart={chart}
      table={<StatTable caption={`GDP per capita, ${year ?? ''}`} rows={bars} />}
      footnote={
        <>
          <MarkKey kinds={['published', 'unverified', 'derived']} />
          <p className="chart-note">
            {year} is the latest year in which the most places have a figure.
            {missing.length > 0
              ? ` No figure for ${year}: ${missing.map(nameOf).join(', ')} (a gap, not zero).`
              : ''}{' '}
            Derived figures divide GDP by the year-end resident population of the same geography; official
            ones use the year’s average population. Boston: metropolitan area.
          </p>
          {query.data ? <RateNote rates={query.data.rates.filter((r) => r.year === year)} /> : null}
        </>
      }
    />
  );
}
