'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { cooperationAxes } from '@/lib/charts/chart-axes';
import { cooperationSentence } from '@/lib/charts/panel-sentences';
import { panelState } from '@/lib/charts/panel-state';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import { linksByYear, linkYearBounds } from '@/lib/charts/shape';
import { bandSpan, barSketch } from '@/lib/charts/sketch';
import { LINK_KINDS } from '@/lib/domain';
import { formatNumber } from '@/lib/format/numbers';
import { LINK_KIND_STYLE } from '@/lib/palette';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
import { BarsSketch } from './ChartSketch';
import { CooperationTable } from './CooperationTable';
import { LinkKindKey } from './cooperation-parts';
import { PanelSentence } from './PanelSentence';
import { usePanelSentenceText } from './use-panel-sentences';

/** Panel 4: the cooperation links by year and kind, with the year range that filters map and charts. */
export function CooperationChart() {
  const t = useTranslations('charts');
  const locale = useLocale();
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

  const axes = cooperationAxes(rows, LINK_KINDS);
  const sketch = barSketch({
    orientation: 'columns',
    categories: rows.map((row) => ({
      key: String(row.year),
      label: String(row.year),
      segments: LINK_KINDS.map((kind) => ({
        key: kind,
        value: row[kind] ?? 0,
        colour: LINK_KIND_STYLE[kind].colour,
      })),
    })),
    labelled: axes.xTicks.map(String),
    axis: axes.y,
    formatValue: (value) => formatNumber(value, 'count', locale, 0),
  });
  // Rows are consecutive years, so a year's band is its distance from the first.
  const first = rows[0]?.year ?? 0;
  const highlight = range ? bandSpan(range[0] - first, range[1] - first, rows.length) : undefined;

  const chart = (
    <ChartCanvas
      sketch={
        <BarsSketch
          kind="coop"
          frame={PLOT_FRAMES.cooperation}
          orientation="columns"
          sketch={sketch}
          title={t('coop.axis')}
          highlight={highlight}
        />
      }
    >
      {(drawings) => (
        <drawings.CooperationDrawing rows={rows} range={range} features={features} axes={axes} />
      )}
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
