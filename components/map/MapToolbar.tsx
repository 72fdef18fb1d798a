'use client';

import { useView } from '@/components/atlas/view';

type Props = {
  onAllPlaces: () => void;
  onYangtzeDelta: () => void;
  /** Absent when nothing is selected. */
  onFitSelection: (() => void) | undefined;
};

/** Views and projection, over the map. */
export function MapToolbar({ onAllPlaces, onYangtzeDelta, onFitSelection }: Props) {
  const [{ projection }, update] = useView();
  return (
    <fieldset className="map-toolbar">
      <legend className="visually-hidden">Map view</legend>
      <button type="button" onClick={onAllPlaces}>
        All places
      </button>
      <button type="button" onClick={onYangtzeDelta}>
        Yangtze River Delta
      </button>
      <button type="button" onClick={onFitSelection} disabled={!onFitSelection}>
        Fit selection
      </button>
      <button
        type="button"
        aria-pressed={projection === 'globe'}
        onClick={() => update({ projection: projection === 'globe' ? 'mercator' : 'globe' })}
      >
        Globe
      </button>
    </fieldset>
  );
}
