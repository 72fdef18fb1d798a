'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useView } from '@/components/atlas/view';
import type { YearRange } from '@/lib/domain';
import { viewYears } from '@/lib/view/timeline';

/**
 * Two sliders for the years that filter the map's links and the charts. Dragging
 * updates the labels at once and the view when the reader pauses, so one drag is
 * one history entry, not fifty.
 */
export function YearRangeControl({ bounds }: { bounds: YearRange }) {
  const t = useTranslations('charts');
  const [view, update] = useView();
  const current = view.years ?? bounds;
  const [draft, setDraft] = useState<YearRange>(current);
  const currentKey = current.join('-');

  useEffect(() => {
    setDraft(currentKey.split('-').map(Number) as unknown as YearRange);
  }, [currentKey]);

  useEffect(() => {
    if (draft.join('-') === currentKey) return;
    const timer = setTimeout(() => {
      update({ years: viewYears(draft, bounds) });
    }, 350);
    return () => clearTimeout(timer);
  }, [draft, currentKey, bounds, update]);

  return (
    <fieldset className="year-range">
      <legend>{t('years', { from: draft[0], to: draft[1] })}</legend>
      <label>
        {t('from')}
        <input
          type="range"
          min={bounds[0]}
          max={bounds[1]}
          step={1}
          value={draft[0]}
          onChange={(event) => setDraft([Math.min(Number(event.target.value), draft[1]), draft[1]])}
        />
      </label>
      <label>
        {t('to')}
        <input
          type="range"
          min={bounds[0]}
          max={bounds[1]}
          step={1}
          value={draft[1]}
          onChange={(event) => setDraft([draft[0], Math.max(Number(event.target.value), draft[0])])}
        />
      </label>
      <button type="button" onClick={() => update({ years: null })} disabled={view.years === null}>
        {t('allYears')}
      </button>
    </fieldset>
  );
}
