'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { ChartGap } from '@/lib/charts/point-notes';

type Props = { gaps: readonly ChartGap[]; year: number | null; detail?: boolean };

/**
 * The places a comparison has no figure for: a gap is listed, never dropped. In short
 * under the chart; with the geography and the whole reason (`detail`) in the notes.
 */
export function GapList({ gaps, year, detail = false }: Props) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const nameOf = usePlaceName();
  if (gaps.length === 0) return null;
  const reasonOf = (gap: ChartGap) => {
    if (gap.reason === 'year' && gap.latestYear !== null)
      return t('gdppc.gapYear', { place: nameOf(gap.place), year: year ?? '', latest: gap.latestYear });
    return detail
      ? t('gdppc.gapNone', { place: nameOf(gap.place), geography: gap.geographyName[locale] })
      : t('gdppc.gapNoneShort', { place: nameOf(gap.place) });
  };
  return (
    <div className={detail ? 'gap-list' : 'gap-list chart-caveat'} data-gaps={detail ? 'detail' : 'short'}>
      <span>{t('gdppc.gapsTitle')}</span>
      <ul>
        {gaps.map((gap) => (
          <li key={gap.place} data-gap={gap.place} data-reason={gap.reason}>
            {reasonOf(gap)}
          </li>
        ))}
      </ul>
    </div>
  );
}
