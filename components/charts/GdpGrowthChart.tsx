'use client';

import { useLocale, useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import { barAxis } from '@/lib/charts/chart-axes';
import type { Growth } from '@/lib/charts/growth';
import { markOf } from '@/lib/charts/mark-kind';
import { PLOT_FRAMES } from '@/lib/charts/plot-frame';
import { axisShare, barSketch } from '@/lib/charts/sketch';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { ChartCanvas } from './ChartCanvas';
import { BarsSketch } from './ChartSketch';
import { percent } from './gdp-growth-parts';
import { useChartActions } from './use-chart-focus';

const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;

/** Each place's average annual growth over its first and last figure in the years shown, as a labelled bar. */
export function GdpGrowthChart({ rates }: { rates: readonly Growth[] }) {
  const t = useTranslations('charts.mode');
  const locale = useLocale();
  const nameOf = usePlaceName();
  const { leaveRef } = useChartActions();
  const withRate = rates.filter((g) => g.rate !== null);
  const gaps = rates.filter((g) => g.rate === null);
  const data = withRate.map((g) => ({ ...g, label: nameOf(g.place), value: (g.rate ?? 0) * 100 }));
  // Whole percentage points: a tick of 0.5 % would print as its neighbour at no decimals.
  const axis = barAxis(
    data.map((bar) => bar.value),
    true,
  );
  const labelOf = (g: Growth) =>
    [
      percent(g.rate ?? 0, locale),
      t('growthYears', { from: g.years?.[0] ?? '', to: g.years?.[1] ?? '' }),
    ] as const;
  const sketch = barSketch({
    orientation: 'rows',
    categories: data.map((bar) => ({
      key: bar.place,
      label: bar.label,
      segments: [{ key: 'rate', value: bar.value, colour: colourOf(bar.place) }],
      mark: { kind: markOf(bar), breaks: false, colour: colourOf(bar.place) },
      note: labelOf(bar),
    })),
    axis,
    formatValue: (value) => percent(value / 100, locale, 0),
  });
  return (
    <>
      {data.length > 0 ? (
        <ChartCanvas
          ref={leaveRef}
          sketch={
            <BarsSketch
              kind="gdp-growth"
              frame={PLOT_FRAMES.gdpGrowth}
              orientation="rows"
              sketch={sketch}
              zeroRule={axisShare(0, axis)}
              markGap={8}
            />
          }
        >
          {(drawings) => <drawings.GdpGrowthDrawing data={data} axis={axis} labelOf={labelOf} />}
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
