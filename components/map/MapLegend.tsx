'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useLinkGroups } from '@/components/atlas/use-link-groups';
import { useView } from '@/components/atlas/view';
import type { LinkKind } from '@/lib/domain';
import { LINK_KINDS } from '@/lib/domain';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { LINK_KIND_STYLE } from '@/lib/palette';
import { LegendCheckbox } from './LegendCheckbox';
import { LegendFilters } from './LegendFilters';

function LineSample({ kind }: { kind: LinkKind }) {
  const { colour, dash } = LINK_KIND_STYLE[kind];
  return (
    <svg width="28" height="10" aria-hidden="true" className="line-sample">
      <line
        x1="2"
        y1="5"
        x2="26"
        y2="5"
        stroke={colour}
        strokeWidth="3"
        strokeLinecap="round"
        strokeDasharray={dash.length > 1 ? dash.map((d) => d * 3).join(' ') : undefined}
      />
    </svg>
  );
}

/** The map's legend, whose entries also switch their layers on and off. */
export function MapLegend() {
  const t = useTranslations('map');
  const locale = useLocale();
  const [view, update] = useView();
  const sharedArcs = useLinkGroups().groups.some((group) => group.members.length > 1);
  return (
    <fieldset className="legend">
      <legend>{t('layers')}</legend>
      {LINK_KINDS.map((kind) => (
        <LegendCheckbox
          key={kind}
          value={kind}
          hidden={view.hiddenKinds}
          onChange={(hiddenKinds) => update({ hiddenKinds })}
        >
          <LineSample kind={kind} />
          {LINK_KIND_LABEL[kind][locale]}
        </LegendCheckbox>
      ))}
      <label className="legend-entry">
        <input
          type="checkbox"
          checked={view.outlines}
          onChange={(event) => update({ outlines: event.target.checked })}
        />
        {t('outlines')}
      </label>
      <LegendFilters />
      <p className="legend-note">{t('arrowNote')}</p>
      {sharedArcs ? <p className="legend-note">{t('widthNote')}</p> : null}
    </fieldset>
  );
}
