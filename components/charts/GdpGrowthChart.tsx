'use client';

import { useTranslations } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { Growth } from '@/lib/charts/growth';
import { ChartCanvas } from './ChartCanvas';
import { useChartActions } from './use-chart-focus';

/** Each place's average annual growth over its first and last figure in the years shown, as a labelled bar. */
export function GdpGrowthChart({ rates }: { rates: readonly Growth[] }) {
  const t = useTranslations('charts.mode');
  const nameOf = usePlaceName();
  const { leaveRef } = useChartActions();
  const withRate = rates.filter((g) => g.rate !== null);
  const gaps = rates.filter((g) => g.rate === null);
  const data = withRate.map((g) => ({ ...g, label: nameOf(g.place), value: (g.rate ?? 0) * 100 }));
  return (
    <>
      {data.length > 0 ? (
        <ChartCanvas ref={leaveRef}>{(drawings) => <drawings.GdpGrowthDrawing data={data} />}</ChartCanvas>
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
