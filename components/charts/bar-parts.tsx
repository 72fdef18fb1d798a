'use client';

import { isBreak } from '@/lib/charts/point-notes';
import type { Point } from '@/lib/charts/shape';
import type { Locale } from '@/lib/domain';
import { BreakTick, Mark, markOf } from './marks';
import { PointDetails } from './PointDetails';

type BarDatum = { place: string; geographyName: { en: string; zh: string }; point: Point };

/** The tooltip of a bar that stands for one figure. */
export function barTooltip(nameOf: (id: string) => string, locale: Locale) {
  return ({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) => {
    const bar = active ? (payload?.[0]?.payload as BarDatum | undefined) : undefined;
    return bar ? (
      <div className="chart-tooltip">
        <PointDetails name={nameOf(bar.place)} geography={bar.geographyName[locale]} point={bar.point} />
      </div>
    ) : null;
  };
}

type LabelProps = {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
};

/**
 * How firm each bar's figure is, as a mark beside the bar (above it on a column
 * chart, after its end on a bar chart), with a tick where its line breaks.
 */
export function barMarkLabel(
  data: readonly BarDatum[],
  colourOf: (place: string) => string,
  placement: 'above' | 'after',
) {
  return ({ x, y, width, height, index }: LabelProps) => {
    const bar = data[index ?? -1];
    if (!bar || x === undefined || y === undefined || width === undefined || height === undefined)
      return null;
    const [markX, markY] =
      placement === 'above'
        ? [Number(x) + Number(width) / 2, Number(y) - 10]
        : [Number(x) + Number(width) + 10, Number(y) + Number(height) / 2];
    return (
      <g key={`${bar.place}-${bar.geographyName.en}`} data-break={isBreak(bar.point) ? '' : undefined}>
        {isBreak(bar.point) ? <BreakTick x={markX} y={markY} colour={colourOf(bar.place)} size={4} /> : null}
        <Mark kind={markOf(bar.point)} x={markX} y={markY} colour={colourOf(bar.place)} size={4} />
      </g>
    );
  };
}
