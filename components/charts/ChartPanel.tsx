'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useRef } from 'react';
import { useView } from '@/components/atlas/view';
import type { PanelState } from '@/lib/charts/panel-state';
import type { PanelId } from '@/lib/domain';
import { ChartDownloads } from './ChartDownloads';
import { ChartStateMessage } from './ChartStateMessage';
import { useCommitCount } from './use-commit-count';

type Props = {
  id: PanelId;
  title: string;
  /** Unit and geography in words, under the title. */
  subtitle?: string;
  /** The API address of exactly the figures shown, as CSV. */
  csvHref?: string;
  /** The figures shown as CSV, where the page computed them: replaces `csvHref`. */
  csvText?: string;
  state: PanelState;
  emptyMessage?: string;
  chart: ReactNode;
  table: ReactNode;
  footnote?: ReactNode;
  /** A panel of figures with no drawing: no chart/table switch and no image downloads. */
  tableOnly?: boolean;
  /** Switches of the panel's own, under the title (the GDP panel's modes). */
  controls?: ReactNode;
  /** Visible lines under the chart or table, in either, never only in the notes (the comparison sentence, a place left out). */
  summary?: ReactNode;
};

/**
 * The frame every chart shares: title, chart or table, downloads, and its own
 * loading, empty and error states, so one failing chart never takes the page down.
 */
export function ChartPanel({
  id,
  title,
  subtitle,
  csvHref,
  csvText,
  state,
  emptyMessage,
  chart,
  table,
  footnote,
  tableOnly = false,
  controls,
  summary,
}: Props) {
  const t = useTranslations('charts');
  const [view, update] = useView();
  const figureRef = useRef<HTMLDivElement>(null);
  // Counted here, the frame of every panel: a panel's chart cannot draw again without it.
  useCommitCount(`chart:${id}`);
  const asTable = tableOnly || view.tables.includes(id);
  const headingId = `panel-${id}-title`;

  const setMode = (table: boolean) =>
    update({ tables: table ? [...view.tables, id] : view.tables.filter((t) => t !== id) });

  return (
    <section className="chart-panel" aria-labelledby={headingId} data-panel={id}>
      <header className="chart-header">
        <div>
          <h2 id={headingId} className="chart-title">
            {title}
          </h2>
          {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
        </div>
        {tableOnly ? null : (
          <fieldset className="segmented">
            <legend className="visually-hidden">{t('showAs', { title })}</legend>
            <button type="button" aria-pressed={!asTable} onClick={() => setMode(false)}>
              {t('chart')}
            </button>
            <button type="button" aria-pressed={asTable} onClick={() => setMode(true)}>
              {t('table')}
            </button>
          </fieldset>
        )}
      </header>
      {controls}
      <div className="chart-body" ref={figureRef}>
        {state === 'ready' ? (
          asTable ? (
            table
          ) : (
            chart
          )
        ) : (
          <ChartStateMessage state={state} emptyMessage={emptyMessage} />
        )}
      </div>
      {state === 'ready' ? summary : null}
      {state === 'ready' ? (
        <footer className="chart-footer">
          {footnote ? (
            <details className="chart-notes">
              <summary>{t('notes')}</summary>
              {footnote}
            </details>
          ) : null}
          <ChartDownloads id={id} csvHref={csvHref} csvText={csvText} figure={figureRef} asTable={asTable} />
        </footer>
      ) : null}
    </section>
  );
}
