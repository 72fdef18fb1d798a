'use client';

import { Line, type LineProps } from 'recharts';
import { lowerBoundKey } from '@/lib/charts/gdp-rows';
import { GDP_PLACES } from '@/lib/charts/panels';
import { PLACE_COLOURS } from '@/lib/palette';
import { lowerBoundDot } from './gdp-marks';

type Props = {
  /** Each place's dot renderer: the figure's mark (levels) or the index's (indexed). */
  dotOf: (place: string) => LineProps['dot'];
  nameOf: (place: string) => string;
  hoverPlace: (place: string | null) => void;
  selectPlace: (place: string) => void;
};

/**
 * The GDP panel's lines, in levels and indexed alike: one per place, hover and click speaking
 * for the place, and each place's lower bounds as marks of their own, never joined.
 */
export function gdpPlaceLines({ dotOf, nameOf, hoverPlace, selectPlace }: Props) {
  return [
    ...GDP_PLACES.map((place) => (
      <Line
        key={place}
        type="linear"
        dataKey={place}
        name={nameOf(place)}
        stroke={PLACE_COLOURS[place]}
        strokeWidth={2.5}
        data-focus-place={place}
        connectNulls={false}
        isAnimationActive={false}
        dot={dotOf(place)}
        activeDot={false}
        onMouseEnter={() => hoverPlace(place)}
        onMouseLeave={() => hoverPlace(null)}
        onClick={() => selectPlace(place)}
      />
    )),
    ...GDP_PLACES.map((place) => (
      <Line
        key={lowerBoundKey(place)}
        dataKey={lowerBoundKey(place)}
        stroke="none"
        isAnimationActive={false}
        legendType="none"
        activeDot={false}
        dot={lowerBoundDot(place)}
      />
    )),
  ];
}
