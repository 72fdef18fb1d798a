'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { prefersReducedMotion } from '@/components/atlas/reduced-motion';
import { useView } from '@/components/atlas/view';
import type { YearRange } from '@/lib/domain';
import { atLastYear, playStart, stepRange, viewYears } from '@/lib/view/timeline';

/** A bar and a triangle, drawn: the media-control glyphs are missing from many fonts. */
function StepIcon({ direction }: { direction: 1 | -1 }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <g transform={direction === 1 ? undefined : 'translate(12 0) scale(-1 1)'} fill="currentColor">
        <polygon points="1,1 9,6 1,11" />
        <rect x="9" y="1" width="2" height="10" />
      </g>
    </svg>
  );
}

/** How long each year of a play stays on screen; longer when the reader asked for less motion. */
const YEAR_MS = { normal: 1500, reduced: 3000 };

/**
 * Plays the cooperation year by year: the end of the year range moves on, so links appear
 * on the map, in the list and in the charts as their year comes. A play is one history
 * entry (its steps replace it), so Back returns to the view before it.
 */
export function TimelineControl({ bounds }: { bounds: YearRange }) {
  const t = useTranslations('timeline');
  const [view, update] = useView();
  const [playing, setPlaying] = useState(false);
  const range = view.years ?? bounds;
  const [from, to] = range;
  const [first, last] = bounds;

  useEffect(() => {
    if (!playing) return;
    if (atLastYear([from, to], [first, last])) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(
      () => update({ years: viewYears(stepRange([from, to], [first, last], 1), [first, last]) }, 'replace'),
      prefersReducedMotion() ? YEAR_MS.reduced : YEAR_MS.normal,
    );
    return () => clearTimeout(timer);
  }, [playing, from, to, first, last, update]);

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    const start = playStart(view.years, bounds);
    if (start[0] !== from || start[1] !== to) update({ years: viewYears(start, bounds) });
    setPlaying(true);
  };
  const step = (by: 1 | -1) => {
    setPlaying(false);
    update({ years: viewYears(stepRange(range, bounds, by), bounds) });
  };

  return (
    <fieldset className="year-player" data-playing={playing}>
      <legend className="visually-hidden">{t('label')}</legend>
      <button type="button" onClick={() => step(-1)} disabled={to <= from} aria-label={t('back')}>
        <StepIcon direction={-1} />
      </button>
      <button type="button" onClick={togglePlay} aria-pressed={playing}>
        {playing ? t('pause') : t('play')}
      </button>
      <button
        type="button"
        onClick={() => step(1)}
        disabled={atLastYear(range, bounds)}
        aria-label={t('forward')}
      >
        <StepIcon direction={1} />
      </button>
      <output className="visually-hidden" aria-live="polite">
        {playing ? t('showing', { from, to }) : ''}
      </output>
    </fieldset>
  );
}
