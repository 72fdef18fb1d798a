'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { ComparisonSentence } from '@/lib/charts/comparison-sentence';
import { comparisonText } from '@/lib/charts/comparison-text';
import type { YearRange } from '@/lib/domain';
import { PanelSentence } from './PanelSentence';

/** A panel's comparison sentence, in the reading language: what its figures say, and on what ground. */
export function ComparisonLine({
  sentence,
  unit,
  range,
  kind,
}: {
  sentence: ComparisonSentence;
  unit: string;
  range: YearRange;
  /** Which sentence this is (the GDP panel's mode, or `gdppc`), as the page marks it. */
  kind: string;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const nameOf = usePlaceName();
  const text = comparisonText(sentence, {
    say: (key, values) => t(key, values),
    locale,
    nameOf,
    unit,
    range,
  });
  return <PanelSentence kind={kind} text={text} />;
}
