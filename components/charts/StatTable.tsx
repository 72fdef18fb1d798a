'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useAtlasData, usePlaceName } from '@/components/atlas/use-atlas-data';
import { pointNotes } from '@/lib/charts/point-notes';
import type { Point } from '@/lib/charts/shape';
import { formatValue } from '@/lib/format/numbers';
import { statusWord } from './marks';
import { usePointNoteText } from './point-note-text';

export type TableRow = {
  place: string;
  geography: string;
  geographyName: { en: string; zh: string };
  point: Point;
};

/** The accessible equivalent of a chart: the same figures, with status and source. */
export function StatTable({ caption, rows }: { caption: string; rows: readonly TableRow[] }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const { sourceById } = useAtlasData();
  const nameOf = usePlaceName();
  const noteText = usePointNoteText();
  return (
    // A scrolling region must be reachable by keyboard to be read.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus (WCAG 2.1.1).
    <section className="table-scroll" tabIndex={0} aria-label={caption}>
      <table className="stat-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tableHead.place')}</th>
            <th scope="col">{t('tableHead.geography')}</th>
            <th scope="col">{t('tableHead.year')}</th>
            <th scope="col">{t('tableHead.value')}</th>
            <th scope="col">{t('tableHead.status')}</th>
            <th scope="col">{t('tableHead.source')}</th>
            <th scope="col">{t('tableHead.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ place, geography, geographyName, point }) => (
            <tr key={`${place}-${geography}-${point.year}`} data-place={place} data-year={point.year ?? ''}>
              <th scope="row">{nameOf(place)}</th>
              <td>{geographyName[locale]}</td>
              <td>{point.year ?? '—'}</td>
              <td data-value={point.value ?? ''}>
                {point.value === null
                  ? t('noFigure')
                  : formatValue(point.value, point.unit, locale, point.qualifier)}
              </td>
              <td>{statusWord(point, locale)}</td>
              <td>{sourceById.get(point.source)?.publisher ?? point.source}</td>
              <td
                data-notes={pointNotes(point)
                  .map((note) => note.kind)
                  .join(' ')}
              >
                {pointNotes(point).map(noteText).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
