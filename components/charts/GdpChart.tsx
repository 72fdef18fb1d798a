'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/client/query-options';
import { chartQueries, chartRange, GDP_PLACES } from '@/lib/charts/panels';
import { timeRows } from '@/lib/charts/shape';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { PLACE_COLOURS } from '@/lib/palette';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
import { Mark, MarkKey, markOf } from './marks';
import { PlaceLegend } from './PlaceLegend';
import { PointDetails } from './PointDetails';
import { RateNote } from './RateNote';
import { StatTable } from './StatTable';
import { useChartActions } from './use-chart-focus';

const LOWER_BOUND = '__over';

type DotProps = { cx?: number; cy?: number; payload?: { year: number } };

/** Panel 1: GDP over time, one line per place; gaps stay gaps and lower bounds stand apart. */
export function GdpChart() {
  const t = useTranslations('charts');
  const locale = useLocale();
  const [view] = useView();
  const range = chartRange(view.years);
  const params = chartQueries.gdp(view);
  const query = useQuery(statsQuery(params));
  const { hoverPlace, selectPlace } = useChartActions();
  const nameOf = usePlaceName();

  const data = query.data;
  const { rows, points, lowerBounds } = timeRows(data?.series ?? [], range);
  for (const bound of lowerBounds) {
    const row = rows.find((r) => r.year === bound.year);
    if (row) row[`${bound.place}${LOWER_BOUND}`] = bound.value;
  }
  const unit = data?.unit ?? `${view.currency} billion`;
  const hasValues = (data?.series ?? []).some((s) => s.points.some((p) => p.value !== null));

  const dot = (place: string) => (props: DotProps) => {
    const point = props.payload ? points.get(`${place}:${props.payload.year}`) : undefined;
    if (!point || point.value === null || props.cx === undefined || props.cy === undefined)
      return <g key={`${place}-none`} />;
    return (
      <g key={`${place}-${point.year}`} data-focus-place={place}>
        <Mark kind={markOf(point)} x={props.cx} y={props.cy} colour={PLACE_COLOURS[place] ?? '#4a5565'} />
      </g>
    );
  };

  const chart = (
    <>
      <ChartCanvas>
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
            content={({ active, label }) => {
              if (!active) return null;
              const year = Number(label);
              const here = GDP_PLACES.map((place) => points.get(`${place}:${year}`)).filter(
                (p) => p !== undefined,
              );
              if (here.length === 0) return null;
              return (
                <div className="chart-tooltip">
                  {here.map((point) => (
                    <PointDetails
                      key={point.place}
                      name={nameOf(point.place)}
                      geography={point.geographyName[locale]}
                      point={point}
                    />
                  ))}
                </div>
              );
            }}
          />
          {GDP_PLACES.map((place) => (
            <Line
              key={place}
              type="linear"
              dataKey={place}
              name={nameOf(place)}
              stroke={PLACE_COLOURS[place]}
              strokeWidth={2.5}
              data-focus-place={place}
              connectNulls={false}
              isAnimationActive={false}
              dot={dot(place)}
              activeDot={false}
              onMouseEnter={() => hoverPlace(place)}
              onMouseLeave={() => hoverPlace(null)}
              onClick={() => selectPlace(place)}
            />
          ))}
          {GDP_PLACES.map((place) => (
            <Line
              key={`${place}${LOWER_BOUND}`}
              dataKey={`${place}${LOWER_BOUND}`}
              stroke="none"
              isAnimationActive={false}
              legendType="none"
              activeDot={false}
              dot={(props: DotProps & { value?: number | null }) =>
                props.value == null || props.cx === undefined || props.cy === undefined ? (
                  <g key={`${place}-lb-none-${props.payload?.year}`} />
                ) : (
                  <g key={`${place}-lb-${props.payload?.year}`} data-focus-place={place}>
                    <Mark
                      kind="lower_bound"
                      x={props.cx}
                      y={props.cy}
                      colour={PLACE_COLOURS[place] ?? '#4a5565'}
                    />
                  </g>
                )
              }
            />
          ))}
        </ComposedChart>
      </ChartCanvas>
      <PlaceLegend places={GDP_PLACES} />
    </>
  );

  const tableRows = (data?.series ?? []).flatMap((s) =>
    s.points.map((point) => ({
      place: s.place,
      geography: s.geography,
      geographyName: s.geographyName,
      point,
    })),
  );

  return (
    <ChartPanel
      id="gdp"
      title={t('gdp.title')}
      subtitle={t('gdp.subtitle', { unit: axisUnit(unit, locale), from: range[0], to: range[1] })}
      csvHref={`/api/stats?${statsSearch(params, 'csv')}`}
      state={query.isPending ? 'loading' : query.isError ? 'error' : hasValues ? 'ready' : 'empty'}
      emptyMessage={t('gdp.empty', { from: range[0], to: range[1] })}
      chart={chart}
      table={<StatTable caption={t('gdp.caption', { unit: axisUnit(unit, locale) })} rows={tableRows} />}
      footnote={
        <>
          <MarkKey kinds={['published', 'unverified', 'derived', 'about', 'lower_bound']} />
          <p className="chart-note">{t('gdp.note')}</p>
          {data ? <RateNote rates={data.rates} /> : null}
        </>
      }
    />
  );
}
