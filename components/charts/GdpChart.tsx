'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/client/query-options';
import { comparisonSentence } from '@/lib/charts/comparison-sentence';
import { gdpRows } from '@/lib/charts/gdp-rows';
import { growthRates, indexedLines, linesWithFigures, sharedBaseYear } from '@/lib/charts/growth';
import { growthCsv, indexCsv } from '@/lib/charts/mode-csv';
import { panelState } from '@/lib/charts/panel-state';
import { chartQueries, chartRange, GDP_PLACES } from '@/lib/charts/panels';
import { seriesPoints } from '@/lib/charts/shape';
import { axisUnit } from '@/lib/format/numbers';
import { ChartPanel } from './ChartPanel';
import { GdpGrowthChart } from './GdpGrowthChart';
import { GdpIndexChart } from './GdpIndexChart';
import { GdpLevelsChart } from './GdpLevelsChart';
import { GdpModeSwitch } from './GdpModeSwitch';
import { GrowthTable, IndexTable } from './GdpModeTables';
import { GdpSummary } from './GdpSummary';
import { LineBreakNote } from './LineBreakNote';
import { MarkKey } from './marks';
import { RateNote } from './RateNote';
import { StatTable } from './StatTable';

/**
 * Panel 1: GDP over time, as published (levels), indexed to a base year, or as average
 * annual growth; the mode is part of the view. Gaps stay gaps in every mode.
 */
export function GdpChart() {
  const t = useTranslations('charts');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const [view] = useView();
  const mode = view.compare;
  const range = chartRange(view.years);
  const params = chartQueries.gdp(view);
  const query = useQuery(statsQuery(params));

  const series = query.data?.series ?? [];
  const unit = query.data?.unit ?? `${view.currency} billion`;
  const levels = gdpRows(series, range);
  const lines = indexedLines(series, range).filter((l) => l.baseYear !== null);
  const rates = growthRates(series, range);
  const base = sharedBaseYear(lines);
  const sentence = comparisonSentence(mode, series, range, GDP_PLACES);
  const span = { from: range[0], to: range[1] };

  const baseNote =
    mode !== 'index' || base.year === null
      ? null
      : base.differs
        ? t('mode.baseYearsDiffer', {
            list: lines
              .map((l) => t('mode.baseOf', { place: nameOf(l.place), year: String(l.baseYear) }))
              .join(locale === 'zh' ? '；' : '; '),
          })
        : t('mode.baseYear', { year: String(base.year) });

  const hasData =
    mode === 'levels'
      ? levels.hasValues
      : mode === 'index'
        ? lines.length > 0
        : rates.some((g) => g.rate !== null);

  const chart =
    mode === 'levels' ? (
      <GdpLevelsChart shaped={levels} unit={unit} />
    ) : mode === 'index' ? (
      <GdpIndexChart lines={lines} range={range} />
    ) : (
      <GdpGrowthChart rates={rates} />
    );

  const table =
    mode === 'levels' ? (
      <StatTable caption={t('gdp.caption', { unit: axisUnit(unit, locale) })} rows={seriesPoints(series)} />
    ) : mode === 'index' ? (
      <IndexTable lines={lines} />
    ) : (
      <GrowthTable rates={rates} {...span} />
    );

  const subtitle =
    mode === 'levels'
      ? t('gdp.subtitle', { unit: axisUnit(unit, locale), ...span })
      : t(mode === 'index' ? 'mode.indexSubtitle' : 'mode.growthSubtitle', span);

  return (
    <ChartPanel
      id="gdp"
      title={t('gdp.title')}
      subtitle={subtitle}
      csvHref={`/api/stats?${statsSearch(params, 'csv')}`}
      csvText={mode === 'index' ? indexCsv(lines) : mode === 'growth' ? growthCsv(rates) : undefined}
      state={panelState({ pending: query.isPending, error: query.isError, hasData })}
      emptyMessage={mode === 'levels' ? t('gdp.empty', span) : `${t(`sentence.nothing.${mode}`, span)}.`}
      controls={<GdpModeSwitch />}
      chart={chart}
      table={table}
      summary={
        <GdpSummary
          sentence={sentence}
          lines={linesWithFigures(series, range)}
          unit={unit}
          range={range}
          noRate={mode !== 'levels'}
          baseNote={baseNote}
        />
      }
      footnote={
        <>
          <MarkKey kinds={['published', 'unverified', 'derived', 'about', 'lower_bound']} breaks />
          <p className="chart-note">{t('gdp.note')}</p>
          <LineBreakNote series={query.data?.series ?? []} />
          {mode === 'levels' ? null : <p className="chart-note">{t('mode.gapsNote')}</p>}
          {mode === 'levels' && query.data ? <RateNote rates={query.data.rates} /> : null}
        </>
      }
    />
  );
}
