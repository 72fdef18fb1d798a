'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/client/query-options';
import { barAxis } from '@/lib/charts/chart-axes';
import { markOf } from '@/lib/charts/mark-kind';
import { areaSentence } from '@/lib/charts/panel-sentences';
import { panelState } from '@/lib/charts/panel-state';
import { chartQueries } from '@/lib/charts/panels';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import { isBreak } from '@/lib/charts/point-notes';
import { figureBars } from '@/lib/charts/shape';
import { barSketch } from '@/lib/charts/sketch';
import { axisUnit, formatNumber } from '@/lib/format/numbers';
import { placeColour } from '@/lib/palette';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
import { BarsSketch } from './ChartSketch';
import { MarkKey } from './marks';
import { PanelSentence } from './PanelSentence';
import { StatTable } from './StatTable';
import { useChartActions } from './use-chart-focus';
import { usePanelSentenceText } from './use-panel-sentences';

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
  const { leaveRef } = useChartActions();
  const parentOf = (id: string) => placeById.get(id)?.properties.parent ?? null;

  const bars = figureBars(query.data?.series ?? []);
  const sentenceText = usePanelSentenceText();
  const data = bars.map((bar) => ({
    ...bar,
    label: shortLabel(bar.geographyName[locale], bar.point.year),
    value: bar.point.value,
  }));

  const axis = barAxis(data.map((bar) => bar.value ?? 0));
  const sketch = barSketch({
    orientation: 'rows',
    categories: data.map((bar, i) => ({
      key: `${bar.place}:${i}`,
      label: bar.label,
      segments: [{ key: 'value', value: bar.value ?? 0, colour: placeColour(bar.place, parentOf) }],
      mark: { kind: markOf(bar.point), breaks: isBreak(bar.point), colour: placeColour(bar.place, parentOf) },
    })),
    axis,
    formatValue: (value) => formatNumber(value, 'km2', locale, 0),
  });

  const chart = (
    <ChartCanvas
      tall
      ref={leaveRef}
      sketch={
        <BarsSketch
          kind="area"
          frame={PLOT_FRAMES.area}
          orientation="rows"
          sketch={sketch}
          unitLabel={axisUnit('km2', locale)}
        />
      }
    >
      {(drawings) => <drawings.AreaDrawing data={data} parentOf={parentOf} axis={axis} />}
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
      summary={
        <div className="chart-summary">
          <PanelSentence kind="area" text={sentenceText.area(areaSentence(bars))} />
        </div>
      }
      footnote={
        <>
          <MarkKey kinds={['published', 'unverified']} />
          <p className="chart-note">{t('area.note')}</p>
        </>
      }
    />
  );
}
