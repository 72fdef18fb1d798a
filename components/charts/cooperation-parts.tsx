'use client';

import { useLocale } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { LinkList } from '@/lib/api/contract/links';
import { LINK_KINDS } from '@/lib/domain';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { localized } from '@/lib/i18n/localized';
import { LINK_KIND_STYLE } from '@/lib/palette';

/** A year's links, each with its kind, date and ends. */
export function CooperationTooltip({ year, links }: { year: number; links: LinkList['features'] }) {
  const locale = useLocale();
  const nameOf = usePlaceName();
  if (links.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <strong>{year}</strong>
      {links.map((f) => (
        <div key={f.id}>
          {localized(f.properties, 'title', locale)} — {LINK_KIND_LABEL[f.properties.kind][locale]},{' '}
          {formatIsoDate(f.properties.date, locale)} ({nameOf(f.properties.from)} → {nameOf(f.properties.to)})
        </div>
      ))}
    </div>
  );
}

/** The colour of each link kind, as the bars and the map's arcs use it. */
export function LinkKindKey() {
  const locale = useLocale();
  return (
    <ul className="mark-key">
      {LINK_KINDS.map((kind) => (
        <li key={kind}>
          <span
            className="swatch swatch-square"
            style={{ background: LINK_KIND_STYLE[kind].colour }}
            aria-hidden="true"
          />
          {LINK_KIND_LABEL[kind][locale]}
        </li>
      ))}
    </ul>
  );
}
