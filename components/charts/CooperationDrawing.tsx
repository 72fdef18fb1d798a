'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { useSetHover } from '@/components/atlas/selection';
import { useViewActions } from '@/components/atlas/view';
import type { LinkList } from '@/lib/api/contract/links';
import { linkOfBar, linksInYear } from '@/lib/charts/bar-link';
import type { TimeAxes } from '@/lib/charts/chart-axes';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import type { CooperationRow } from '@/lib/charts/shape';
import type { YearRange } from '@/lib/domain';
import { LINK_KINDS, type LinkKind } from '@/lib/domain';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/numbers';
import { LINK_KIND_STYLE } from '@/lib/palette';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { CooperationTooltip } from './cooperation-parts';

/** The year of the row Recharts hands to a bar's events. */
const yearOfBar = (entry: { payload?: unknown }) => (entry.payload as { year?: number } | undefined)?.year;

/** The Recharts drawing of CooperationChart, loaded with the other drawings when the charts' turn comes. */
export function CooperationDrawing({
  rows,
  range,
  features,
  axes,
}: {
  rows: readonly CooperationRow[];
  range: YearRange | null;
  features: LinkList['features'];
  /** The axes the sketch drew (CooperationChart), so nothing moves when this takes its place. */
  axes: TimeAxes;
}) {
  const t = useTranslations('charts');
  const locale = useLocale();
  const { selectAndFrame } = useViewActions();
  const hover = useSetHover();
  const barLink = (entry: { payload?: unknown }, kind: LinkKind) => {
    const year = yearOfBar(entry);
    return year === undefined ? null : linkOfBar(features, year, kind);
  };
  return (
    <BarChart data={rows} margin={PLOT_FRAMES.cooperation.margin}>
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      <XAxis dataKey="year" tick={TICK} ticks={axes.xTicks} interval={0} />
      <YAxis
        allowDecimals={false}
        width={PLOT_FRAMES.cooperation.yAxisWidth}
        tick={TICK}
        domain={[...axes.y.domain]}
        ticks={[...axes.y.ticks]}
        interval={0}
        tickFormatter={(value: number) => formatNumber(value, 'count', locale, 0)}
        label={yAxisTitle(t('coop.axis'), 16)}
      />
      {range ? (
        <ReferenceArea x1={range[0]} x2={range[1]} fill="#0b5cad" fillOpacity={0.08} ifOverflow="hidden" />
      ) : null}
      <Tooltip
        cursor={{ fill: 'rgba(0,0,0,0.04)' }}
        content={({ active, label }) =>
          active ? (
            <CooperationTooltip year={Number(label)} links={linksInYear(features, Number(label))} />
          ) : null
        }
      />
      {LINK_KINDS.map((kind) => (
        <Bar
          key={kind}
          dataKey={kind}
          name={LINK_KIND_LABEL[kind][locale]}
          stackId="links"
          fill={LINK_KIND_STYLE[kind].colour}
          isAnimationActive={false}
          onMouseEnter={(entry) => {
            const link = barLink(entry, kind);
            hover(link ? { type: 'link', id: link.id } : null);
          }}
          onMouseLeave={() => hover(null)}
          onClick={(entry) => {
            const link = barLink(entry, kind);
            if (link) selectAndFrame({ type: 'link', id: link.id });
          }}
        />
      ))}
    </BarChart>
  );
}
