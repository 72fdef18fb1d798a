'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { StatsResponse } from '@/lib/api/contract/stats';
import { formatNumber } from '@/lib/format/numbers';

/** Which rates converted the figures on show, so a reader can redo the sum. */
export function RateNote({ rates }: { rates: StatsResponse['rates'] }) {
  const t = useTranslations('charts');
  const locale = useLocale();
  if (rates.length === 0) return null;
  const list = rates
    .map(
      (rate) =>
        `${rate.year} ${formatNumber(rate.cnyPerUsd, 'count', locale, 4)} (${t(`rateSeries.${rate.series}`)})`,
    )
    .join(locale === 'zh' ? '；' : '; ');
  return <p className="chart-note">{t('rateNote', { rates: list })}</p>;
}
