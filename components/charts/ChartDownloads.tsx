'use client';

import { useTranslations } from 'next-intl';
import { type RefObject, useState } from 'react';
import type { PanelId } from '@/lib/domain';
import { saveCsv, savePng, saveSvg } from './export-image';

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

/** A panel's downloads: the figures as CSV and, for a drawn chart, the drawing as PNG or SVG. */
export function ChartDownloads({ id, csvHref, csvText, figure, asTable }: Props) {
  const t = useTranslations('charts');
  const [exportError, setExportError] = useState(false);

  const exportAs = async (format: 'png' | 'svg') => {
    const element = figure.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
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
      {exportError ? <span role="alert"> {t('exportError')}</span> : null}
    </p>
  );
}
