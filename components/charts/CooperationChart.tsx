'use client';

import { useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { cooperationSentence } from '@/lib/charts/panel-sentences';
import { panelState } from '@/lib/charts/panel-state';
import { linksByYear, linkYearBounds } from '@/lib/charts/shape';
import { LINK_KINDS } from '@/lib/domain';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
import { CooperationTable } from './CooperationTable';
import { LinkKindKey } from './cooperation-parts';
import { PanelSentence } from './PanelSentence';
import { usePanelSentenceText } from './use-panel-sentences';

/** Panel 4: the cooperation links by year and kind, with the year range that filters map and charts. */
export function CooperationChart() {
  const t = useTranslations('charts');
  const [view] = useView();
  const { links, isPending, isError } = useAtlasData();
  const bounds = links ? linkYearBounds(links) : ([2015, 2024] as const);
  const rows = links ? linksByYear(links, bounds, LINK_KINDS) : [];
  const features = links?.features ?? [];
  const range = view.years;
  const sentenceText = usePanelSentenceText();
  const csvSearch = new URLSearchParams({ format: 'csv' });
  if (range) {
    csvSearch.set('from', String(range[0]));
    csvSearch.set('to', String(range[1]));
  }

  const chart = (
    <ChartCanvas>
      {(drawings) => <drawings.CooperationDrawing rows={rows} range={range} features={features} />}
    </ChartCanvas>
  );

  return (
    <ChartPanel
      id="coop"
      title={t('coop.title')}
      subtitle={t('coop.subtitle')}
      csvHref={`/api/links?${csvSearch.toString()}`}
      // Zero links in a year is a count like any other: the chart is never empty.
      state={panelState({ pending: isPending, error: isError, hasData: true })}
      chart={chart}
      table={<CooperationTable rows={rows} />}
      summary={
        <div className="chart-summary">
          <PanelSentence
            kind="coop"
            text={sentenceText.cooperation(cooperationSentence(rows, range ?? bounds))}
          />
        </div>
      }
      footnote={<LinkKindKey />}
    />
  );
}
