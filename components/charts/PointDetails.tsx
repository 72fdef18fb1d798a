'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { pointNotes } from '@/lib/charts/point-notes';
import type { Point } from '@/lib/charts/shape';
import { formatNumber, formatValue } from '@/lib/format/numbers';
import { markOf } from './marks';
import { usePointNoteText } from './point-note-text';

/** Everything a reader needs to trust one figure: value and unit, year, geography, status, source and rate. */
export function PointDetails({ name, geography, point }: { name: string; geography: string; point: Point }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const { sourceById } = useAtlasData();
  const source = sourceById.get(point.source);
  const mark = markOf(point);
  const noteText = usePointNoteText();
  return (
    <div className="point-details">
      <strong>{name}</strong> · {point.year ?? t('undated')}
      <div>
        {point.value === null ? t('noFigure') : formatValue(point.value, point.unit, locale, point.qualifier)}
        {mark === 'published' || point.value === null ? '' : ` — ${t(`markLabels.${mark}`)}`}
      </div>
      <div className="meta">{geography}</div>
      {pointNotes(point).map((note) => (
        <div key={note.kind} className="meta point-note" data-note={note.kind}>
          {noteText(note)}
        </div>
      ))}
      {point.rate ? (
        <div className="meta">
          {t('converted', {
            rate: formatNumber(point.rate.cnyPerUsd, 'count', locale, 4),
            year: String(point.rate.year),
            series: t(`rateSeries.${point.rate.series}`),
          })}
        </div>
      ) : null}
      <div className="meta">
        {t('source', {
          source: source ? `${source.publisher}${source.date ? `, ${source.date}` : ''}` : point.source,
        })}
      </div>
    </div>
  );
}
