'use client';

import { useLocale } from 'next-intl';
import { type ReactNode, useDeferredValue, useMemo, useState } from 'react';
import { useHover } from '@/components/atlas/selection';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { useView } from '@/components/atlas/view';
import { type Locale, type Selection, sameSelection } from '@/lib/domain';
import { dataPicture } from '@/lib/map/static/data';
import { areaPlacer } from '@/lib/map/static/picture';
import { drawArea, drawnAs, type StaticMapFrame, visibleKinds } from '@/lib/map/static/static-map';
import { MapTooltip } from '../MapTooltip';
import { StaticTargets } from './StaticTargets';
import { CircleElement, PathElement, TextElement } from './shapes';

type Props = {
  className: string;
  frame: StaticMapFrame;
  /** The basemap, drawn by the server for this frame (StaticBasemap). */
  basemap: ReactNode;
  /** How far past the frame the server drew it (lib/map/static/static-map.ts drawArea). */
  overdraw?: number;
  /** The picture's accessible name. */
  label: string;
  /** Whether its places and arcs are buttons in the tab order (StaticTargets). */
  focusable: boolean;
  /** What a click on a place or arc selects: it, or nothing when it was selected already. */
  onChoose: (selection: Selection | null) => void;
  hidden?: boolean;
  /** Drawn over the picture, in its box (the attribution). */
  children?: ReactNode;
};

/**
 * A map drawn as SVG: the server's basemap under the atlas's layers, drawn here from the same
 * data and renderer as on the server, so the view's changes (selection, hover, filters) redraw
 * them; places and arcs can be hovered, focused and selected, with the live map's tooltip.
 */
export function StaticPicture({
  className,
  frame,
  basemap,
  overdraw,
  label,
  focusable,
  onChoose,
  hidden,
  children,
}: Props) {
  const locale = useLocale() as Locale;
  const [{ selection, hiddenKinds, outlines }] = useView();
  const [hovered, hover] = useHover();
  // The drawn highlight follows hover after the tooltip, and not at all while hidden under the
  // live map: redrawing every arc inside the live map's pointer event delayed its tooltip.
  const deferredHover = useDeferredValue(hovered);
  const drawnHover = hidden ? null : deferredHover;
  const { places } = useAtlasData();
  const { groupOf, arcs } = useLinkGroups();
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const as = useMemo(() => drawnAs(groupOf), [groupOf]);
  const area = useMemo(() => drawArea(frame, overdraw), [frame, overdraw]);
  const picture = useMemo(
    () =>
      places && arcs
        ? dataPicture(
            {
              places,
              arcs,
              visibleKinds: visibleKinds({ hiddenKinds }),
              hovered: as(drawnHover),
              selected: as(selection),
              language: locale,
            },
            area,
            areaPlacer(area),
          )
        : null,
    [places, arcs, hiddenKinds, drawnHover, selection, locale, area, as],
  );
  // A click on the selected place or arc closes it, as on the live map.
  const select = (target: Selection) => onChoose(sameSelection(target, as(selection)) ? null : target);

  const { width, height } = frame.size;
  return (
    <div className={className} data-map-picture="" data-outlines={outlines ? 'on' : 'off'} hidden={hidden}>
      {/* Moved as one while the reader drags or zooms it before the live map is there (usePictureMoves). */}
      <div className="static-map-motion">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG's group of map targets has no HTML element. */}
        <svg
          className="static-map-picture"
          data-fit={frame.framed ? 'scale' : 'actual'}
          data-edge={frame.edge ?? undefined}
          viewBox={`0 0 ${width} ${height}`}
          width={frame.framed ? '100%' : width}
          height={frame.framed ? '100%' : height}
          preserveAspectRatio={`xMid${frame.edge === 'top' ? 'YMin' : frame.edge === 'bottom' ? 'YMax' : 'YMid'} meet`}
          overflow="visible"
          role="group"
          aria-label={label}
          fontFamily="'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', Arial, sans-serif"
        >
          {basemap}
          {picture ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the drawn shapes; the targets over them are what focus reaches.
            <g aria-hidden="true">
              {picture.arcs.map((arc) => (
                <PathElement key={`casing-${arc.id}`} shape={arc.casing} />
              ))}
              {picture.arcs.map((arc) => (
                <PathElement key={`line-${arc.id}`} shape={arc.line} />
              ))}
              {picture.arcs.map((arc) =>
                arc.arrows ? <PathElement key={`arrows-${arc.id}`} shape={arc.arrows} /> : null,
              )}
              {picture.places.map((place) => (
                <g key={place.id} data-place={place.id}>
                  <CircleElement shape={place} />
                </g>
              ))}
              {picture.labels.map((label) => (
                <TextElement key={`label-${label.id}`} shape={label} />
              ))}
            </g>
          ) : null}
          {picture ? (
            <StaticTargets
              picture={picture}
              standalone={focusable}
              selected={as(selection)}
              onSelect={select}
              onHover={(target, at) => {
                setPointer(at);
                if (!sameSelection(target, hovered)) hover(target);
              }}
            />
          ) : null}
        </svg>
      </div>
      {pointer && hovered ? <MapTooltip target={hovered} x={pointer.x} y={pointer.y} /> : null}
      {children}
    </div>
  );
}
