'use client';

import { useTranslations } from 'next-intl';
import type { PointNote } from '@/lib/charts/point-notes';

/** A point note in the reading language, for tooltips and tables alike. */
export function usePointNoteText(): (note: PointNote) => string {
  const t = useTranslations('charts');
  return (note) => {
    switch (note.kind) {
      case 'vintageBreak':
        return note.release
          ? t('pointNotes.vintageBreakRelease', {
              vintage: t(`vintages.${note.vintage}`),
              release: note.release,
            })
          : t('pointNotes.vintageBreak', { vintage: t(`vintages.${note.vintage}`) });
      case 'basisBreak':
        return t('pointNotes.basisBreak', { basis: note.basis ? t(`bases.${note.basis}`) : '—' });
      case 'basis':
        return t('pointNotes.basis', { basis: t(`bases.${note.basis}`) });
      case 'yearInferred':
        return t('pointNotes.yearInferred');
    }
  };
}
