'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { useSetHover } from '@/components/atlas/selection';
import { useAtlasData, usePlaceName } from '@/components/atlas/use-atlas-data';
import { useView } from '@/components/atlas/view';
import { linksByYear, linkYearBounds } from '@/lib/charts/shape';
import { LINK_KINDS } from '@/lib/domain';
import { formatIsoDate } from '@/lib/format/dates';
import { LINK_KIND_LABEL } from '@/lib/format/labels';
import { localized } from '@/lib/i18n/localized';
import { LINK_KIND_STYLE } from '@/lib/palette';
import { GRID_STROKE, TICK, yAxisTitle } from './axis-style';
import { ChartCanvas } from './ChartCanvas';
import { ChartPanel } from './ChartPanel';

/** Panel 4: the cooperation links by year and kind, with the year range that filters map and charts. */
export function CooperationChart() {
  const t = useTranslations('charts');
  const locale = useLocale();
  const [view, update] = useView();
  const hover = useSetHover();
  const { links, isPending, isError } = useAtlasData();
  const bounds = links ? linkYearBounds(links) : ([2015, 2024] as const);
  const rows = links ? linksByYear(links, bounds, LINK_KINDS) : [];
  const range = view.years;
  const linksIn = (year: number) => (links?.features ?? []).filter((f) => f.properties.year === year);
  const nameOf = usePlaceName();
  const csvSearch = new URLSearchParams({ format: 'csv' });
  if (range) {
    csvSearch.set('from', String(range[0]));
    csvSearch.set('to', String(range[1]));
  }

  const selectYear = (year: number, kind: string) => {
    const [only, ...others] = linksIn(year).filter((f) => f.properties.kind === kind);
    if (only && others.length === 0) update({ selection: { type: 'link', id: only.id } });
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
          content={({ active, label }) => {
            const here = active ? linksIn(Number(label)) : [];
            return here.length > 0 ? (
              <div className="chart-tooltip">
                <strong>{label}</strong>
                {here.map((f) => (
                  <div key={f.id}>
                    {localized(f.properties, 'title', locale)} — {LINK_KIND_LABEL[f.properties.kind][locale]},{' '}
                    {formatIsoDate(f.properties.date, locale)} ({nameOf(f.properties.from)} →{' '}
                    {nameOf(f.properties.to)})
                  </div>
                ))}
              </div>
            ) : null;
          }}
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
              const year = (entry.payload as { year?: number } | undefined)?.year;
              const [only] =
                year === undefined ? [] : linksIn(year).filter((f) => f.properties.kind === kind);
              hover(only ? { type: 'link', id: only.id } : null);
            }}
            onMouseLeave={() => hover(null)}
            onClick={(entry) => {
              const year = (entry.payload as { year?: number } | undefined)?.year;
              if (year !== undefined) selectYear(year, kind);
            }}
          />
        ))}
      </BarChart>
    </ChartCanvas>
  );

  const table = (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need focus (WCAG 2.1.1).
    <section className="table-scroll" tabIndex={0} aria-label={t('coop.caption')}>
      <table className="stat-table">
        <caption>{t('coop.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coop.year')}</th>
            {LINK_KINDS.map((kind) => (
              <th scope="col" key={kind}>
                {LINK_KIND_LABEL[kind][locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} data-year={row.year}>
              <th scope="row">{row.year}</th>
              {LINK_KINDS.map((kind) => (
                <td key={kind} data-value={row[kind] ?? 0}>
                  {row[kind] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );

  return (
    <ChartPanel
      id="coop"
      title={t('coop.title')}
      subtitle={t('coop.subtitle')}
      csvHref={`/api/links?${csvSearch.toString()}`}
      state={isPending ? 'loading' : isError ? 'error' : 'ready'}
      chart={chart}
      table={table}
      footnote={
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
      }
    />
  );
}
