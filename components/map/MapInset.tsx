'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { useViewActions, useViewport } from '@/components/atlas/view';
import { insetWanted } from '@/lib/map/inset';
import type { StaticMapFrame } from '@/lib/map/static/static-map';
import { StaticPicture } from './static/StaticPicture';

type Props = {
  frame: StaticMapFrame;
  /** Its basemap, drawn by the server (StaticBasemap). */
  basemap: ReactNode;
  overdraw: number;
  /** The main map's zoom while the URL holds no camera: the camera it opened with. */
  openingZoom: number;
  /** Eases the main map to the delta; absent while there is no live map to move. */
  onZoomHere: (() => void) | undefined;
};

/**
 * The Yangtze River Delta in detail, in a corner of the map, while the main map shows it too
 * small to tell its places apart (the world view that puts Boston beside them). A click on
 * its places and links selects and frames like the list; the reader may put it away.
 */
export function MapInset({ frame, basemap, overdraw, openingZoom, onZoomHere }: Props) {
  const t = useTranslations('map.inset');
  const [{ zoom }] = useViewport();
  const { selectAndFrame } = useViewActions();
  const [putAway, setPutAway] = useState(false);
  // The button that swaps it takes focus, so the keyboard is not dropped to the page's start.
  const toggled = useRef(false);
  const swap = useCallback((node: HTMLButtonElement | null) => {
    if (node && toggled.current) node.focus();
  }, []);
  const toggle = (away: boolean) => {
    toggled.current = true;
    setPutAway(away);
  };
  if (!insetWanted(zoom ?? openingZoom, frame.camera.zoom)) return null;
  if (putAway) {
    return (
      <button type="button" className="map-inset-show" ref={swap} onClick={() => toggle(false)}>
        {t('show')}
      </button>
    );
  }
  return (
    <figure className="map-inset">
      <figcaption className="map-inset-caption">
        <span className="map-inset-title">{t('title')}</span>
        {onZoomHere ? (
          <button type="button" onClick={onZoomHere} aria-label={t('zoom')} title={t('zoom')}>
            <span aria-hidden="true">⤢</span>
          </button>
        ) : null}
        <button
          type="button"
          ref={swap}
          onClick={() => toggle(true)}
          aria-label={t('hide')}
          title={t('hide')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </figcaption>
      <StaticPicture
        className="map-inset-picture"
        frame={frame}
        basemap={basemap}
        overdraw={overdraw}
        label={t('label')}
        // Pointer only, as the picture under the live map: the list and search reach every one.
        focusable={false}
        onChoose={selectAndFrame}
      />
    </figure>
  );
}
