'use client';

import { useTranslations } from 'next-intl';
import type { PanelState } from '@/lib/charts/panel-state';

/** What a panel's body says instead of its figures while they load, when they failed or when there are none. */
export function ChartStateMessage({ state, emptyMessage }: { state: PanelState; emptyMessage?: string }) {
  const t = useTranslations('charts');
  if (state === 'loading')
    return (
      <p aria-busy="true" className="chart-state">
        {t('loading')}
      </p>
    );
  if (state === 'error')
    return (
      <p role="alert" className="chart-state">
        {t('error')}
      </p>
    );
  if (state === 'empty') return <p className="chart-state">{emptyMessage ?? t('empty')}</p>;
  return null;
}
