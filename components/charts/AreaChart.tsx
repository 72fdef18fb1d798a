'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { statsQuery, statsSearch } from '@/lib/api/client/query-options';
import { areaSentence } from '@/lib/charts/panel-sentences';
import { panelState } from '@/lib/charts/panel-state';
import { chartQueries } from '@/lib/charts/panels';
import { figureBars } from '@/lib/charts/shape';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
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

  const chart = (
    <ChartCanvas tall ref={leaveRef}>
      {(drawings) => <drawings.AreaDrawing data={data} parentOf={parentOf} />}
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
