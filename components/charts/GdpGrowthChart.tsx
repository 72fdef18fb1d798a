'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { Growth } from '@/lib/charts/growth';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { GRID_STROKE, TICK } from './axis-style';
import { ChartCanvas } from './ChartCanvas';
import { GrowthDetails, growthLabel, percent } from './gdp-growth-parts';
import { barEvents, useChartActions } from './use-chart-focus';

const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;

/** Each place's average annual growth over its first and last figure in the years shown, as a labelled bar. */
export function GdpGrowthChart({ rates }: { rates: readonly Growth[] }) {
  const t = useTranslations('charts.mode');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const { hoverPlace, selectPlace, leaveRef } = useChartActions();
  const withRate = rates.filter((g) => g.rate !== null);
  const gaps = rates.filter((g) => g.rate === null);
  const data = withRate.map((g) => ({ ...g, label: nameOf(g.place), value: (g.rate ?? 0) * 100 }));
  return (
    <>
      {data.length > 0 ? (
        <ChartCanvas ref={leaveRef}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 8 }}>
            <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
            <XAxis
              type="number"
              tick={TICK}
              domain={[(min: number) => Math.min(0, min), 'auto']}
              tickFormatter={(value: number) => percent(value / 100, locale, 0)}
            />
            <YAxis type="category" dataKey="label" width={72} tick={{ fontSize: 11, fill: '#1b2430' }} />
            <ReferenceLine x={0} stroke="#8a94a3" />
            <Tooltip
              cursor={{ fill: 'rgba(0,0,0,0.04)' }}
              content={({ active, payload }) => {
                const growth = active ? (payload?.[0]?.payload as Growth | undefined) : undefined;
                return growth ? (
                  <div className="chart-tooltip">
                    <GrowthDetails growth={growth} />
                  </div>
                ) : null;
              }}
            />
            <Bar
              dataKey="value"
              isAnimationActive={false}
              {...barEvents({ hoverPlace, selectPlace })}
              label={growthLabel(data, colourOf, (g) => [
                percent(g.rate ?? 0, locale),
                t('growthYears', { from: g.years?.[0] ?? '', to: g.years?.[1] ?? '' }),
              ])}
            >
              {data.map((bar) => (
                <Cell key={bar.place} fill={colourOf(bar.place)} data-focus-place={bar.place} />
              ))}
            </Bar>
          </BarChart>
        </ChartCanvas>
      ) : null}
      {gaps.length > 0 ? (
        <ul className="growth-gaps">
          {gaps.map((g) => (
            <li key={g.place} data-place={g.place}>
              {nameOf(g.place)}: {t(`growthGap.${g.gap ?? 'too_few_figures'}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
