'use client';

import { useTranslations } from 'next-intl';
import { type RefObject, useState } from 'react';
import { markMapSettled } from '@/components/atlas/map-settled';
import type { PanelId } from '@/lib/domain';
import { saveCsv, savePng, saveSvg } from './export-image';
import { whenDrawn } from './when-drawn';

/** How long a download asked of a chart not yet drawn waits for its drawing. */
const DRAW_FOR_DOWNLOAD_MS = 10_000;

type Props = {
  id: PanelId;
  /** The API address of exactly the figures shown, as CSV. */
  csvHref?: string;
  /** The figures shown as CSV text, where the page computed them (then no API address). */
  csvText?: string;
  /** The panel's body, where the drawn chart's SVG is; no image downloads when it shows a table. */
  figure: RefObject<HTMLDivElement | null>;
  asTable: boolean;
};

/**
 * A panel's downloads: the figures as CSV and, for a chart, its drawing as PNG or SVG (drawn
 * first if the panel still shows the server's sketch).
 */
export function ChartDownloads({ id, csvHref, csvText, figure, asTable }: Props) {
  const t = useTranslations('charts');
  const [exportError, setExportError] = useState<'exportError' | 'exportNotDrawn' | null>(null);

  const exportAs = async (format: 'png' | 'svg') => {
    setExportError(null);
    // A chart still showing its sketch waits for the map; the reader asking for it ends that wait.
    markMapSettled();
    const element = await whenDrawn(figure.current, DRAW_FOR_DOWNLOAD_MS);
    if (!element) {
      setExportError('exportNotDrawn');
      return;
    }
    try {
      if (format === 'svg') saveSvg(element, `${id}.svg`);
      else await savePng(element, `${id}.png`);
    } catch {
      setExportError('exportError');
    }
  };

  return (
    <p className="chart-downloads">
      {t('download')}{' '}
      {csvText !== undefined ? (
        <button type="button" className="link-button" onClick={() => saveCsv(csvText, `${id}.csv`)}>
          {t('csv')}
        </button>
      ) : csvHref ? (
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
      {exportError ? <span role="alert"> {t(exportError)}</span> : null}
    </p>
  );
}
