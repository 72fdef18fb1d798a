'use client';

import { useTranslations } from 'next-intl';
import { useView } from '@/components/atlas/view';

type Props = {
  onAllPlaces: () => void;
  onYangtzeDelta: () => void;
  /** Absent when nothing is selected. */
  onFitSelection: (() => void) | undefined;
  /** Whether the map can be a globe (the live map can; the picture without WebGL cannot). */
  globe?: boolean;
};

/** Views and projection, over the map. */
export function MapToolbar({ onAllPlaces, onYangtzeDelta, onFitSelection, globe = true }: Props) {
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
      {globe ? (
        <button
          type="button"
          aria-pressed={projection === 'globe'}
          onClick={() => update({ projection: projection === 'globe' ? 'mercator' : 'globe' })}
        >
          {t('globe')}
        </button>
      ) : null}
    </fieldset>
  );
}
