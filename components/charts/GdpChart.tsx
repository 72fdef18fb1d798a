'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/client/query-options';
import { gdpRows, lowerBoundKey } from '@/lib/charts/gdp-rows';
import { panelState } from '@/lib/charts/panel-state';
import { chartQueries, chartRange, GDP_PLACES } from '@/lib/charts/panels';
import { seriesPoints } from '@/lib/charts/shape';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { PLACE_COLOURS } from '@/lib/palette';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
import { figureDot, GdpTooltip, lowerBoundDot } from './gdp-marks';
import { LineBreakNote } from './LineBreakNote';
import { MarkKey } from './marks';
import { PlaceLegend } from './PlaceLegend';
import { RateNote } from './RateNote';
import { StatTable } from './StatTable';
import { useChartActions } from './use-chart-focus';

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
  const { rows, points, hasValues } = gdpRows(data?.series ?? [], range);
  const unit = data?.unit ?? `${view.currency} billion`;

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
            content={({ active, label }) =>
              active ? <GdpTooltip year={Number(label)} points={points} /> : null
            }
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
              dot={figureDot(place, points)}
              activeDot={false}
              onMouseEnter={() => hoverPlace(place)}
              onMouseLeave={() => hoverPlace(null)}
              onClick={() => selectPlace(place)}
            />
          ))}
          {GDP_PLACES.map((place) => (
            <Line
              key={lowerBoundKey(place)}
              dataKey={lowerBoundKey(place)}
              stroke="none"
              isAnimationActive={false}
              legendType="none"
              activeDot={false}
              dot={lowerBoundDot(place)}
            />
          ))}
        </ComposedChart>
      </ChartCanvas>
      <PlaceLegend places={GDP_PLACES} />
    </>
  );

  return (
    <ChartPanel
      id="gdp"
      title={t('gdp.title')}
      subtitle={t('gdp.subtitle', { unit: axisUnit(unit, locale), from: range[0], to: range[1] })}
      csvHref={`/api/stats?${statsSearch(params, 'csv')}`}
      state={panelState({ pending: query.isPending, error: query.isError, hasData: hasValues })}
      emptyMessage={t('gdp.empty', { from: range[0], to: range[1] })}
      chart={chart}
      table={
        <StatTable
          caption={t('gdp.caption', { unit: axisUnit(unit, locale) })}
          rows={seriesPoints(data?.series ?? [])}
        />
      }
      footnote={
        <>
          <MarkKey kinds={['published', 'unverified', 'derived', 'about', 'lower_bound']} breaks />
          <p className="chart-note">{t('gdp.note')}</p>
          <LineBreakNote series={data?.series ?? []} />
          {data ? <RateNote rates={data.rates} /> : null}
        </>
      }
    />
  );
}
