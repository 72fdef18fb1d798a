'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/client/query-options';
import { barAxis } from '@/lib/charts/chart-axes';
import { comparisonSentence } from '@/lib/charts/comparison-sentence';
import { markOf } from '@/lib/charts/mark-kind';
import { panelState } from '@/lib/charts/panel-state';
import { chartQueries, chartRange, GDP_PLACES } from '@/lib/charts/panels';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import { comparisonGaps, isBreak } from '@/lib/charts/point-notes';
import { comparisonYear } from '@/lib/charts/shape';
import { barSketch } from '@/lib/charts/sketch';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
import { BarsSketch } from './ChartSketch';
import { ComparisonLine } from './ComparisonLine';
import { GapList } from './GapList';
import { MarkKey } from './marks';
import { RateNote } from './RateNote';
import { StatTable } from './StatTable';
import { useChartActions } from './use-chart-focus';

/** Panel 2: GDP per capita in the latest year the most places share. */
export function PerCapitaChart() {
  const t = useTranslations('charts');
  const locale = useLocale();
  const [view] = useView();
  const params = chartQueries.gdppc(view);
  const query = useQuery(statsQuery(params));
  const { leaveRef } = useChartActions();
  const nameOf = usePlaceName();

  const series = query.data?.series ?? [];
  const range = chartRange(view.years);
  const { year, bars } = comparisonYear(series);
  const gaps = comparisonGaps(series, year);
  const unit = query.data?.unit ?? view.currency;
  const data = bars.map((bar) => ({ ...bar, name: nameOf(bar.place), value: bar.point.value }));
  const shownParams = year === null ? params : { ...params, from: year, to: year };

  const axis = barAxis(data.map((bar) => bar.value ?? 0));
  const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;
  const sketch = barSketch({
    orientation: 'columns',
    categories: data.map((bar) => ({
      key: bar.place,
      label: bar.name,
      segments: [{ key: 'value', value: bar.value ?? 0, colour: colourOf(bar.place) }],
      mark: { kind: markOf(bar.point), breaks: isBreak(bar.point), colour: colourOf(bar.place) },
    })),
    axis,
    formatValue: (value) => formatNumber(value, unit, locale, 0),
  });

  const chart = (
    <ChartCanvas
      ref={leaveRef}
      sketch={
        <BarsSketch
          kind="gdppc"
          frame={PLOT_FRAMES.perCapita}
          orientation="columns"
          sketch={sketch}
          title={axisUnit(unit, locale)}
        />
      }
    >
      {(drawings) => <drawings.PerCapitaDrawing data={data} unit={unit} axis={axis} />}
    </ChartCanvas>
  );

  return (
    <ChartPanel
      id="gdppc"
      title={year === null ? t('gdppc.title') : t('gdppc.titleYear', { year })}
      subtitle={t('gdppc.subtitle', { unit: axisUnit(unit, locale) })}
      csvHref={`/api/stats?${statsSearch(shownParams, 'csv')}`}
      state={panelState({ pending: query.isPending, error: query.isError, hasData: bars.length > 0 })}
      emptyMessage={t('gdppc.empty')}
      chart={chart}
      table={<StatTable caption={t('gdppc.caption', { year: year ?? '' })} rows={bars} />}
      summary={
        <div className="chart-summary">
          <ComparisonLine
            sentence={comparisonSentence('levels', series, range, GDP_PLACES, 'gdp_per_capita')}
            unit={unit}
            range={range}
            kind="gdppc"
          />
          <GapList gaps={gaps} year={year} />
        </div>
      }
      footnote={
        <>
          <MarkKey kinds={['published', 'unverified', 'derived']} breaks />
          <p className="chart-note">
            {t('gdppc.yearNote', { year: year ?? '' })} {t('gdppc.derivedNote')}
          </p>
          <GapList gaps={gaps} year={year} detail />
          {query.data ? <RateNote rates={query.data.rates.filter((r) => r.year === year)} /> : null}
        </>
      }
    />
  );
}
