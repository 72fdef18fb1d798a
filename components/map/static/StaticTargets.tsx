'use client';

import { useLocale } from 'next-intl';
import type { KeyboardEvent, MouseEvent, FocusEvent as ReactFocusEvent } from 'react';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { type Locale, type Selection, sameSelection } from '@/lib/domain';
import { LINK_KIND_LABEL, PLACE_KIND_LABEL } from '@/lib/format/labels';
import { localized } from '@/lib/i18n/localized';
import type { DataPicture } from '@/lib/map/static/data';

type Props = {
  picture: DataPicture;
  /**
   * Whether the picture is the map (no WebGL): then its targets are buttons in the tab order.
   * While the live map is on its way they answer the pointer only, so that the keyboard and
   * screen readers do not meet buttons that vanish a moment later (the list has every one).
   */
  standalone: boolean;
  selected: Selection | null;
  onSelect: (target: Selection) => void;
  /** What the pointer or focus is on, and where in the map's frame (for the tooltip). */
  onHover: (target: Selection | null, at: { x: number; y: number } | null) => void;
};

const frameOf = (element: Element) => element.closest('[data-map-picture]')?.getBoundingClientRect();

/**
 * The places and arcs the reader can reach: invisible shapes over the drawn ones (as the
 * live map's hit layer), each a button with the place's or link's name.
 */
export function StaticTargets({ picture, standalone, selected, onSelect, onHover }: Props) {
  const locale = useLocale() as Locale;
  const { placeById, linkById } = useAtlasData();

  const handlers = (target: Selection) => ({
    tabIndex: standalone ? 0 : -1,
    role: 'button',
    'aria-pressed': sameSelection(target, selected),
    'data-target': `${target.type}:${target.id}`,
    onClick: () => onSelect(target),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      onSelect(target);
    },
    onMouseMove: (event: MouseEvent) => {
      const frame = frameOf(event.currentTarget);
      if (frame) onHover(target, { x: event.clientX - frame.left, y: event.clientY - frame.top });
    },
    onMouseLeave: () => onHover(null, null),
    onFocus: (event: ReactFocusEvent) => {
      const frame = frameOf(event.currentTarget);
      const box = event.currentTarget.getBoundingClientRect();
      if (frame)
        onHover(target, {
          x: box.left + box.width / 2 - frame.left,
          y: box.top + box.height / 2 - frame.top,
        });
    },
    onBlur: () => onHover(null, null),
  });

  return (
    <g className="static-map-targets" aria-hidden={standalone ? undefined : true}>
      {picture.arcs.map((arc) => {
        const link = linkById.get(arc.id)?.properties;
        const label = link
          ? `${localized(link, 'title', locale)} (${LINK_KIND_LABEL[arc.kind][locale]})`
          : arc.id;
        return (
          <path
            key={arc.id}
            d={arc.line.d}
            fill="none"
            stroke="#000000"
            strokeOpacity={0}
            strokeWidth={arc.hitWidth}
            pointerEvents="stroke"
            aria-label={label}
            {...handlers({ type: 'link', id: arc.id })}
          >
            <title>{label}</title>
          </path>
        );
      })}
      {picture.places.map((place) => {
        const properties = placeById.get(place.id)?.properties;
        const label = properties
          ? `${localized(properties, 'name', locale)} (${PLACE_KIND_LABEL[properties.kind][locale]})`
          : place.id;
        return (
          <circle
            key={place.id}
            cx={place.cx}
            cy={place.cy}
            r={place.hitRadius}
            fill="#000000"
            fillOpacity={0}
            pointerEvents="all"
            aria-label={label}
            {...handlers({ type: 'place', id: place.id })}
          >
            <title>{label}</title>
          </circle>
        );
      })}
    </g>
  );
}
