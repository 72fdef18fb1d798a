'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/client/query-options';
import { comparisonSentence } from '@/lib/charts/comparison-sentence';
import { panelState } from '@/lib/charts/panel-state';
import { chartQueries, chartRange, GDP_PLACES } from '@/lib/charts/panels';
import { comparisonGaps } from '@/lib/charts/point-notes';
import { comparisonYear } from '@/lib/charts/shape';
import { axisUnit } from '@/lib/format/numbers';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
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

  const chart = (
    <ChartCanvas ref={leaveRef}>
      {(drawings) => <drawings.PerCapitaDrawing data={data} unit={unit} />}
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
