'use client';

import { useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { lineBreaks, pointNotes } from '@/lib/charts/point-notes';
import type { Series } from '@/lib/charts/shape';
import { usePointNoteText } from './point-note-text';

/** The footnote naming each break in the lines shown, so that a tick on the chart can be read without hovering. */
export function LineBreakNote({ series }: { series: readonly Series[] }) {
  const t = useTranslations('charts');
  const nameOf = usePlaceName();
  const noteText = usePointNoteText();
  const breaks = lineBreaks(series);
  if (breaks.length === 0) return null;
  const list = breaks.map(({ place, year, point }) =>
    t('gdp.breakItem', {
      place: nameOf(place),
      year,
      notes: pointNotes(point)
        .filter((note) => note.kind === 'vintageBreak' || note.kind === 'basisBreak')
        .map(noteText)
        .join('; '),
    }),
  );
  return (
    <p className="chart-note" data-line-breaks={breaks.length}>
      {t('gdp.breaks', { list: list.join(t('listSeparator')) })}
    </p>
  );
}
