'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { useSetHover } from '@/components/atlas/selection';
import { useAtlasData } from '@/components/atlas/use-atlas-data';
import { useView, useViewActions } from '@/components/atlas/view';
import { linkOfBar, linksInYear } from '@/lib/charts/bar-link';
import { panelState } from '@/lib/charts/panel-state';
import { linksByYear, linkYearBounds } from '@/lib/charts/shape';
import { LINK_KINDS, type LinkKind } from '@/lib/domain';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { LINK_KIND_STYLE } from '@/lib/palette';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';
import { CooperationTable } from './CooperationTable';
import { CooperationTooltip, LinkKindKey } from './cooperation-parts';

/** The year of the row Recharts hands to a bar's events. */
const yearOfBar = (entry: { payload?: unknown }) => (entry.payload as { year?: number } | undefined)?.year;

/** Panel 4: the cooperation links by year and kind, with the year range that filters map and charts. */
export function CooperationChart() {
  const t = useTranslations('charts');
  const locale = useLocale();
  const [view] = useView();
  const { selectAndFrame } = useViewActions();
  const hover = useSetHover();
  const { links, isPending, isError } = useAtlasData();
  const bounds = links ? linkYearBounds(links) : ([2015, 2024] as const);
  const rows = links ? linksByYear(links, bounds, LINK_KINDS) : [];
  const features = links?.features ?? [];
  const range = view.years;
  const csvSearch = new URLSearchParams({ format: 'csv' });
  if (range) {
    csvSearch.set('from', String(range[0]));
    csvSearch.set('to', String(range[1]));
  }
  const barLink = (entry: { payload?: unknown }, kind: LinkKind) => {
    const year = yearOfBar(entry);
    return year === undefined ? null : linkOfBar(features, year, kind);
  };

  const chart = (
    <ChartCanvas>
      <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="year" tick={TICK} />
        <YAxis allowDecimals={false} width={40} tick={TICK} label={yAxisTitle(t('coop.axis'), 16)} />
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
    </ChartCanvas>
  );

  return (
    <ChartPanel
      id="coop"
      title={t('coop.title')}
      subtitle={t('coop.subtitle')}
      csvHref={`/api/links?${csvSearch.toString()}`}
      // Zero links in a year is a count like any other: the chart is never empty.
      state={panelState({ pending: isPending, error: isError, hasData: true })}
      chart={chart}
      table={<CooperationTable rows={rows} />}
      footnote={<LinkKindKey />}
    />
  );
}
