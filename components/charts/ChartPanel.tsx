'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useRef, useState } from 'react';
import { useView } from '@/components/atlas/view';
import type { PanelId } from '@/lib/domain';
import { savePng, saveSvg } from './export-image';

type Props = {
  id: PanelId;
  title: string;
  /** Unit and geography in words, under the title. */
  subtitle?: string;
  /** The API address of exactly the figures shown, as CSV. */
  csvHref?: string;
  state: 'loading' | 'error' | 'empty' | 'ready';
  emptyMessage?: string;
  chart: ReactNode;
  table: ReactNode;
  footnote?: ReactNode;
  /** A panel of figures with no drawing: no chart/table switch and no image downloads. */
  tableOnly?: boolean;
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
  state,
  emptyMessage,
  chart,
  table,
  footnote,
  tableOnly = false,
}: Props) {
  const t = useTranslations('charts');
  const [view, update] = useView();
  const figureRef = useRef<HTMLDivElement>(null);
  const [exportError, setExportError] = useState(false);
  const asTable = tableOnly || view.tables.includes(id);
  const headingId = `panel-${id}-title`;

  const setMode = (table: boolean) =>
    update({ tables: table ? [...view.tables, id] : view.tables.filter((t) => t !== id) });

  const svg = () => figureRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
  const exportAs = async (format: 'png' | 'svg') => {
    const element = svg();
    if (!element) return;
    try {
      setExportError(false);
      if (format === 'svg') saveSvg(element, `${id}.svg`);
      else await savePng(element, `${id}.png`);
    } catch {
      setExportError(true);
    }
  };

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
      <div className="chart-body" ref={figureRef}>
        {state === 'loading' ? (
          <p aria-busy="true" className="chart-state">
            {t('loading')}
          </p>
        ) : null}
        {state === 'error' ? (
          <p role="alert" className="chart-state">
            {t('error')}
          </p>
        ) : null}
        {state === 'empty' ? <p className="chart-state">{emptyMessage ?? t('empty')}</p> : null}
        {state === 'ready' ? (asTable ? table : chart) : null}
      </div>
      {state === 'ready' ? (
        <footer className="chart-footer">
          {footnote ? (
            <details className="chart-notes">
              <summary>{t('notes')}</summary>
              {footnote}
            </details>
          ) : null}
          <p className="chart-downloads">
            {t('download')}{' '}
            {csvHref ? (
              <a href={csvHref} download>
                {t('csv')}
              </a>
            ) : null}
            {asTable ? null : (
              <>
                {' · '}
                <button type="button" className="link-button" onClick={() => exportAs('png')}>
                  {t('png')}
                </button>
                {' · '}
                <button type="button" className="link-button" onClick={() => exportAs('svg')}>
                  {t('svg')}
                </button>
              </>
            )}
            {exportError ? <span role="alert"> {t('exportError')}</span> : null}
          </p>
        </footer>
      ) : null}
    </section>
  );
}
