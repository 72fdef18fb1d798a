'use client';

import { useLocale } from 'next-intl';
import { usePlaceName } from '@/components/atlas/use-atlas-data';
import type { gdpRows } from '@/lib/charts/gdp-rows';
import { GDP_PLACES } from '@/lib/charts/panels';
import { isBreak } from '@/lib/charts/point-notes';
import { FALLBACK_PLACE_COLOUR, PLACE_COLOURS } from '@/lib/palette';
import { BreakTick, Mark, markOf } from './marks';
import { PointDetails } from './PointDetails';

/** The GDP chart's points by `place:year`. */
export type GdpPoints = ReturnType<typeof gdpRows>['points'];

type DotProps = { cx?: number; cy?: number; payload?: { year: number }; value?: number | null };

const colourOf = (place: string) => PLACE_COLOURS[place] ?? FALLBACK_PLACE_COLOUR;

/** A line's dot renderer: each figure marked by how firm it is, and by a tick where the line breaks; a gap draws nothing. */
export const figureDot = (place: string, points: GdpPoints) => (props: DotProps) => {
  const point = props.payload ? points.get(`${place}:${props.payload.year}`) : undefined;
  if (!point || point.value === null || props.cx === undefined || props.cy === undefined)
    return <g key={`${place}-none`} />;
  return (
    <g
      key={`${place}-${point.year}`}
      data-focus-place={place}
      data-year={point.year}
      data-break={isBreak(point) ? '' : undefined}
    >
      {isBreak(point) ? <BreakTick x={props.cx} y={props.cy} colour={colourOf(place)} /> : null}
      <Mark kind={markOf(point)} x={props.cx} y={props.cy} colour={colourOf(place)} />
    </g>
  );
};

/** The dot renderer of a place's lower bounds ("over 5 trillion"), marks of their own beside the line. */
export const lowerBoundDot = (place: string) => (props: DotProps) =>
  props.value == null || props.cx === undefined || props.cy === undefined ? (
    <g key={`${place}-lb-none-${props.payload?.year}`} />
  ) : (
    <g key={`${place}-lb-${props.payload?.year}`} data-focus-place={place}>
      <Mark kind="lower_bound" x={props.cx} y={props.cy} colour={colourOf(place)} />
    </g>
  );

/** A year's figures for every place that has one, with all that makes each traceable. */
export function GdpTooltip({ year, points }: { year: number; points: GdpPoints }) {
  const locale = useLocale();
  const nameOf = usePlaceName();
  const here = GDP_PLACES.map((place) => points.get(`${place}:${year}`)).filter((p) => p !== undefined);
  if (here.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {here.map((point) => (
        <PointDetails
          key={point.place}
          name={nameOf(point.place)}
          geography={point.geographyName[locale]}
          point={point}
        />
      ))}
    </div>
  );
}
