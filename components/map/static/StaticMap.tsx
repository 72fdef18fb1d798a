'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useView } from '@/components/atlas/view';
import { BASEMAP_CREDITS } from '@/lib/map/basemap-style';
import type { StaticMapFrame } from '@/lib/map/static/static-map';
import { StaticPicture } from './StaticPicture';

type Props = {
  frame: StaticMapFrame;
  /** The basemap, drawn by the server for this frame (StaticBasemap). */
  basemap: ReactNode;
  /** Hidden once the live map has drawn over it. */
  hidden: boolean;
  /** The picture is the map: this browser cannot draw the live one. */
  standalone: boolean;
};

/** The map as SVG: what the page paints first, and the whole map where WebGL is missing. */
export function StaticMap({ frame, basemap, hidden, standalone }: Props) {
  const t = useTranslations('map');
  const [, update] = useView();
  return (
    <StaticPicture
      className="static-map"
      frame={frame}
      basemap={basemap}
      label={t('staticMap')}
      focusable={standalone}
      onChoose={(selection) => update({ selection })}
      hidden={hidden}
    >
      <p className="static-map-attribution">
        {BASEMAP_CREDITS.map(({ before, name, href, after }, i) => (
          <span key={name}>
            {i > 0 ? ' | ' : null}
            {before}
            {href ? <a href={href}>{name}</a> : name}
            {after}
          </span>
        ))}
      </p>
    </StaticPicture>
  );
}
