import { lowerBoundKey } from './gdp-rows';
import type { IndexedLine } from './growth';
import { markOf } from './mark-kind';
import { isBreak } from './point-notes';
import type { Point, TimeRow } from './shape';
import type { SketchSeries } from './sketch';

/** A figure of the levels chart, as gdpRows keys it by `place:year`. */
type LevelPoint = Point & { place: string };

/**
 * The GDP levels chart's series for the sketch: each place's line with a mark per figure
 * (as figureDot marks it), and its lower bounds as marks of their own, never joined.
 */
export function levelSeries(
  rows: readonly TimeRow[],
  points: ReadonlyMap<string, LevelPoint>,
  places: readonly string[],
  colourOf: (place: string) => string,
): SketchSeries[] {
  const lines = places.map(
    (place): SketchSeries => ({
      key: place,
      colour: colourOf(place),
      joined: true,
      points: rows.map((row) => {
        const point = points.get(`${place}:${row.year}`);
        const value = row[place] ?? null;
        return {
          value,
          mark: point && point.value !== null && value !== null ? markOf(point) : null,
          breaks: point ? isBreak(point) : false,
        };
      }),
    }),
  );
  // After every line, as Recharts draws them (gdpPlaceLines), so no line's mark hides a bound.
  return [...lines, ...places.map((place) => lowerBounds(rows, place, colourOf(place)))];
}

/** The indexed chart's series: each line with its index's mark (the weaker of figure and base), and its lower bounds apart. */
export function indexSeries(
  rows: readonly TimeRow[],
  lines: readonly IndexedLine[],
  places: readonly string[],
  colourOf: (place: string) => string,
): SketchSeries[] {
  const drawn = places.map((place): SketchSeries => {
    const line = lines.find((l) => l.place === place);
    return {
      key: place,
      colour: colourOf(place),
      joined: true,
      points: rows.map((row) => {
        const point = line?.points.find((p) => p.year === row.year);
        const value = row[place] ?? null;
        return {
          value,
          mark: point && point.index !== null && value !== null ? markOf(point) : null,
          breaks: false,
        };
      }),
    };
  });
  return [...drawn, ...places.map((place) => lowerBounds(rows, place, colourOf(place)))];
}

function lowerBounds(rows: readonly TimeRow[], place: string, colour: string): SketchSeries {
  return {
    key: lowerBoundKey(place),
    colour,
    joined: false,
    points: rows.map((row) => {
      const value = row[lowerBoundKey(place)] ?? null;
      return { value, mark: value === null ? null : 'lower_bound', breaks: false };
    }),
  };
}
