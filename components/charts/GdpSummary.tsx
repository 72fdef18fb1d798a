'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { ComparisonSentence } from '@/lib/charts/comparison-sentence';
import { placeKindsIfMixed } from '@/lib/charts/geography-kind';
import type { YearRange } from '@/lib/domain';
import { listOf } from '@/lib/i18n/localized';
import { ComparisonLine } from './ComparisonLine';

type Props = {
  sentence: ComparisonSentence;
  /** The lines drawn, with their geographies, for the one line on kinds of territory. */
  lines: readonly { place: string; geography: string }[];
  unit: string;
  range: YearRange;
  /** Indexed and growth modes need no rate, and the panel says so. */
  noRate: boolean;
  /** The index's base year, or that base years differ. */
  baseNote: string | null;
};

/** Under the GDP panel, visible in chart and table alike: what the figures say, and on what ground. */
export function GdpSummary({ sentence, lines, unit, range, noRate, baseNote }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const nameOf = usePlaceName();
  const kinds = placeKindsIfMixed(lines);
  return (
    <div className="chart-summary">
      <ComparisonLine sentence={sentence} unit={unit} range={range} kind={sentence.mode} />
      {kinds.length > 0 ? (
        <p className="geography-line">
          {t('charts.geographyLine', {
            list: listOf(
              kinds.map(({ place, kind }) =>
                t('charts.geographyOf', { place: nameOf(place), kind: t(`charts.geographyKind.${kind}`) }),
              ),
              locale,
            ),
          })}
        </p>
      ) : null}
      {baseNote ? (
        <p className="mode-note" data-base-note>
          {baseNote}
        </p>
      ) : null}
      {noRate ? <p className="mode-note">{t('charts.mode.noRate')}</p> : null}
    </div>
  );
}
