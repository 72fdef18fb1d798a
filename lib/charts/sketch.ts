import type { MarkKind } from './mark-kind';
import type { ValueAxis } from './ticks';

/**
 * The geometry of the server's chart sketches, in percent of the plot (x from the left,
 * y from the top), so one drawing fits any canvas width: the page does not know it yet.
 * Positions follow Recharts' scales: a point scale for lines (first year at the left edge,
 * last at the right), a band scale with a 10 % gap on each side of a bar for bar charts.
 */

export type SketchLabel = { at: number; text: string };
export type SketchMark = {
  key: string;
  x: number;
  y: number;
  kind: MarkKind;
  colour: string;
  breaks: boolean;
};

/** How far along the axis `value` lies, 0 at the domain's start and 100 at its end. */
export function axisShare(value: number, { domain: [low, high] }: ValueAxis): number {
  return high === low ? 0 : ((value - low) / (high - low)) * 100;
}

/** The position of category `index` of `count` on a point scale; one alone sits in the middle. */
export function pointAt(index: number, count: number): number {
  return count <= 1 ? 50 : (index / (count - 1)) * 100;
}

/** Recharts' default gap between bars, on each side of a bar, as a share of its category's band. */
const BAR_GAP = 0.1;

/** The start and size of category `index`'s bar on a band scale of `count` categories. */
export function bandBar(index: number, count: number): { start: number; size: number } {
  const band = 100 / count;
  return { start: (index + BAR_GAP) * band, size: band * (1 - 2 * BAR_GAP) };
}

/** The middle of category `index`'s band. */
export const bandMiddle = (index: number, count: number) => ((index + 0.5) * 100) / count;

/** Categories `from` to `to` (inclusive) as a span of the band scale, for a highlighted range. */
export const bandSpan = (from: number, to: number, count: number) => ({
  start: (Math.max(0, from) * 100) / count,
  end: (Math.min(count, to + 1) * 100) / count,
});

export type SketchPoint = { value: number | null; mark: MarkKind | null; breaks: boolean };

/** One series over the years: a line through its figures (`joined`), or marks alone (lower bounds). */
export type SketchSeries = { key: string; colour: string; joined: boolean; points: readonly SketchPoint[] };

export type LineSketch = {
  grid: number[];
  xLabels: SketchLabel[];
  yLabels: SketchLabel[];
  /** SVG path data in a 100 × 100 view box, one per joined series; a gap breaks the path. */
  paths: { key: string; colour: string; d: string }[];
  marks: SketchMark[];
};

const round = (value: number) => Math.round(value * 100) / 100;

/** A line chart over `years`: a path per joined series, broken at each gap, and a mark per figure. */
export function lineSketch({
  years,
  xTicks,
  axis,
  series,
  formatValue,
}: {
  years: readonly number[];
  xTicks: readonly number[];
  axis: ValueAxis;
  series: readonly SketchSeries[];
  formatValue: (value: number) => string;
}): LineSketch {
  const x = (i: number) => round(pointAt(i, years.length));
  const y = (value: number) => round(100 - axisShare(value, axis));
  const paths: LineSketch['paths'] = [];
  const marks: SketchMark[] = [];
  for (const s of series) {
    let d = '';
    let drawing = false;
    s.points.forEach((point, i) => {
      if (point.value === null) {
        drawing = false;
        return;
      }
      d += `${drawing ? 'L' : 'M'}${x(i)} ${y(point.value)}`;
      drawing = true;
      if (point.mark) {
        marks.push({
          key: `${s.key}:${years[i]}`,
          x: x(i),
          y: y(point.value),
          kind: point.mark,
          colour: s.colour,
          breaks: point.breaks,
        });
      }
    });
    if (s.joined && d) paths.push({ key: s.key, colour: s.colour, d });
  }
  return {
    grid: axis.ticks.map(y),
    xLabels: xTicks
      .map((year) => ({ at: years.indexOf(year), text: String(year) }))
      .filter(({ at }) => at >= 0)
      .map(({ at, text }) => ({ at: x(at), text })),
    yLabels: axis.ticks.map((tick) => ({ at: y(tick), text: formatValue(tick) })),
    paths,
    marks,
  };
}

export type BarCategory = {
  key: string;
  label: string;
  /** Stacked from zero in this order; a bar of one figure has one segment. */
  segments: readonly { key: string; value: number; colour: string }[];
  /** How firm the bar's figure is, drawn beside its end. */
  mark?: { kind: MarkKind; breaks: boolean; colour: string };
  /** Two lines of text after the bar's end (the growth chart's rate and years). */
  note?: readonly [string, string];
};

export type SketchBar = { key: string; x: number; y: number; width: number; height: number; colour: string };

export type BarSketch = {
  /** Grid lines across the value axis, in percent along it. */
  grid: number[];
  valueLabels: SketchLabel[];
  categoryLabels: SketchLabel[];
  bars: SketchBar[];
  /** Marks at the bar's end: above a column, after a row's bar (the drawing offsets them in px). */
  marks: SketchMark[];
  notes: { key: string; x: number; y: number; lines: readonly [string, string] }[];
};

/**
 * A bar chart: `columns` stand on the x axis (values up), `rows` lie along the y axis
 * (values to the right). Zero-height segments draw nothing, as Recharts draws nothing for them.
 */
export function barSketch({
  orientation,
  categories,
  labelled,
  axis,
  formatValue,
}: {
  orientation: 'columns' | 'rows';
  categories: readonly BarCategory[];
  /** The categories whose label is written; all when absent. */
  labelled?: readonly string[];
  axis: ValueAxis;
  formatValue: (value: number) => string;
}): BarSketch {
  const count = categories.length;
  // Along the value axis in percent from the plot's left (rows) or top (columns).
  const along = (value: number) =>
    round(orientation === 'rows' ? axisShare(value, axis) : 100 - axisShare(value, axis));
  const bars: SketchBar[] = [];
  const marks: SketchMark[] = [];
  const notes: BarSketch['notes'] = [];
  categories.forEach((category, i) => {
    const band = bandBar(i, count);
    const middle = round(bandMiddle(i, count));
    let base = 0;
    for (const segment of category.segments) {
      const from = along(base);
      const to = along(base + segment.value);
      base += segment.value;
      if (segment.value === 0) continue;
      const [low, high] = [Math.min(from, to), Math.max(from, to)];
      bars.push(
        orientation === 'rows'
          ? {
              key: `${category.key}:${segment.key}`,
              x: low,
              y: round(band.start),
              width: round(high - low),
              height: round(band.size),
              colour: segment.colour,
            }
          : {
              key: `${category.key}:${segment.key}`,
              x: round(band.start),
              y: low,
              width: round(band.size),
              height: round(high - low),
              colour: segment.colour,
            },
      );
    }
    // The end where the mark goes: a row's right end (zero, for a bar below zero), a column's top.
    const [x, y] =
      orientation === 'rows'
        ? [Math.max(along(0), along(base)), middle]
        : [middle, Math.min(along(0), along(base))];
    if (category.mark) marks.push({ key: category.key, x, y, ...category.mark });
    if (category.note) notes.push({ key: category.key, x, y, lines: category.note });
  });
  const shown = labelled ? new Set(labelled) : null;
  return {
    grid: axis.ticks.map(along),
    valueLabels: axis.ticks.map((tick) => ({ at: along(tick), text: formatValue(tick) })),
    categoryLabels: categories.flatMap((category, i) =>
      shown && !shown.has(category.key) ? [] : [{ at: round(bandMiddle(i, count)), text: category.label }],
    ),
    bars,
    marks,
    notes,
  };
}
