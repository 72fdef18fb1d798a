'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { AreaSentence, CooperationSentence } from '@/lib/charts/panel-sentences';
import { formatValue } from '@/lib/format/numbers';
import { listOf } from '@/lib/i18n/localized';

/** The area and cooperation panels' sentences in words, in the reading language. */
export function usePanelSentenceText() {
  const t = useTranslations('charts');
  const locale = useLocale() as 'en' | 'zh';
  const list = (items: readonly string[]) => listOf(items, locale);
  const withCaveats = (text: string, caveats: readonly string[]) =>
    caveats.length === 0
      ? t('sentence.end', { text })
      : t('sentence.withCaveats', { text, caveats: list(caveats) });

  const cooperation = (sentence: CooperationSentence) => {
    const span = { from: sentence.range[0], to: sentence.range[1] };
    if (sentence.kind === 'none') return t('coop.sentence.none', span);
    return t('coop.sentence.count', {
      ...span,
      total: sentence.total,
      years: list(sentence.peak.years.map(String)),
      count: sentence.peak.count,
    });
  };

  const area = (sentence: AreaSentence) => {
    if (sentence.kind === 'none') return t('area.sentence.none');
    const { largest, count } = sentence;
    const value = formatValue(largest.point.value ?? 0, largest.point.unit, locale, largest.point.qualifier);
    const text = t(count === 1 ? 'area.sentence.single' : 'area.sentence.largest', {
      count,
      geography: largest.geographyName[locale],
      value,
    });
    return withCaveats(
      text,
      sentence.caveats.map((caveat) =>
        caveat === 'unverified' ? t('sentence.caveat.unverified') : t(`area.sentence.caveat.${caveat}`),
      ),
    );
  };

  return { cooperation, area };
}
