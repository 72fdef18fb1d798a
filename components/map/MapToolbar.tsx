'use client';

import { useTranslations } from 'next-intl';
import { type RenderMode, useView } from '@/components/atlas/view';

type Props = {
  onAllPlaces: () => void;
  onYangtzeDelta: () => void;
  /** Absent when nothing is selected. */
  onFitSelection: (() => void) | undefined;
  /** Who draws the other projection: the live map ('client'), or the server's picture without WebGL. */
  redraw?: RenderMode;
};

/** Views and projection, over the map. */
export function MapToolbar({ onAllPlaces, onYangtzeDelta, onFitSelection, redraw = 'client' }: Props) {
  const t = useTranslations('map');
  const [{ projection }, update] = useView();
  return (
    <fieldset className="map-toolbar">
      <legend className="visually-hidden">{t('view')}</legend>
      <button type="button" onClick={onAllPlaces}>
        {t('allPlaces')}
      </button>
      <button type="button" onClick={onYangtzeDelta}>
        {t('yangtzeDelta')}
      </button>
      <button type="button" onClick={onFitSelection} disabled={!onFitSelection}>
        {t('fitSelection')}
      </button>
      <button
        type="button"
        aria-pressed={projection === 'globe'}
        onClick={() => update({ projection: projection === 'globe' ? 'mercator' : 'globe' }, 'push', redraw)}
      >
        {t('globe')}
      </button>
    </fieldset>
  );
}
