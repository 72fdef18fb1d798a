'use client';

import { useTranslations } from 'next-intl';
import { useView } from '@/components/atlas/view';
import { COMPARE_MODES } from '@/lib/domain';

/** Levels, indexed or growth: a step in the view, so Back returns to the mode before. */
export function GdpModeSwitch() {
  const t = useTranslations('charts.mode');
  const [view, update] = useView();
  return (
    <fieldset className="segmented chart-controls">
      <legend className="visually-hidden">{t('label')}</legend>
      {COMPARE_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={view.compare === mode}
          onClick={() => update({ compare: mode })}
        >
          {t(mode)}
        </button>
      ))}
    </fieldset>
  );
}
