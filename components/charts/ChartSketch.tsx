import type { CSSProperties, ReactNode } from 'react';
import { type PlotFrame, plotInsets } from '@/lib/charts/plot-frame';
import type { BarSketch, LineSketch, SketchLabel, SketchMark } from '@/lib/charts/sketch';
import { GRID_STROKE } from './axis-style';
import { BreakTick, Mark } from './marks';

/**
 * The server's drawing of a chart, shown until Recharts has drawn it: the same data, colours,
 * marks, axes and plot box, neither interactive nor read aloud (the table and sentence carry
 * the figures). The plot is a 100 × 100 view box stretched to the canvas (strokes keep their
 * width), and text and marks are HTML placed in percent, so the picture is right at any width.
 */

const AXIS_STROKE = '#666666';
/** A tick line and the gap after it, between an axis and its labels. */
const TICK_SPACE = 8;
/** Where a mark stands from its bar's end, as barMarkLabel places it. */
const MARK_GAP = 10;

const px = (value: number) => `${value}px`;

function SketchFrame({
  kind,
  frame,
  title,
  children,
}: {
  kind: string;
  frame: PlotFrame;
  title?: string;
  children: ReactNode;
}) {
  const insets = plotInsets(frame);
  return (
    <div className="chart-sketch" aria-hidden="true" data-sketch={kind}>
      <div
        className="chart-sketch-plot"
        style={{
          top: px(insets.top),
          right: px(insets.right),
          bottom: px(insets.bottom),
          left: px(insets.left),
        }}
      >
        {children}
      </div>
      {title ? (
        <span
          className="chart-sketch-title"
          style={{ left: px(frame.margin.left), top: px(insets.top), bottom: px(insets.bottom) }}
        >
          <span>{title}</span>
        </span>
      ) : null}
    </div>
  );
}

/** The view box every plot draws in; `vector-effect` keeps lines at their width however it stretches. */
function PlotSvg({ children }: { children: ReactNode }) {
  return (
    <svg className="chart-sketch-svg" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
      {children}
    </svg>
  );
}

function Rule({
  axis,
  at,
  dashed,
  stroke,
}: {
  axis: 'x' | 'y';
  at: number;
  dashed?: boolean;
  stroke: string;
}) {
  const [x1, y1, x2, y2] = axis === 'y' ? [0, at, 100, at] : [at, 0, at, 100];
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke={stroke}
      strokeDasharray={dashed ? '3 3' : undefined}
      vectorEffect="non-scaling-stroke"
    />
  );
}

/** The axis lines along the plot's left and bottom edges, as Recharts draws them. */
function AxisLines() {
  return (
    <>
      <Rule axis="x" at={0} stroke={AXIS_STROKE} />
      <Rule axis="y" at={100} stroke={AXIS_STROKE} />
    </>
  );
}

/** Tick labels and tick marks: under the plot (`x`) or left of it (`y`). */
function TickLabels({
  axis,
  labels,
  className,
  wrapAt,
}: {
  axis: 'x' | 'y';
  labels: SketchLabel[];
  className?: string;
  /** Wrap a label at this width in px, as Recharts wraps a category name to its axis's width. */
  wrapAt?: number;
}) {
  return labels.map((label) => (
    <span
      key={`${label.at}-${label.text}`}
      className={`chart-sketch-tick chart-sketch-tick-${axis}${className ? ` ${className}` : ''}`}
      style={{
        ...(axis === 'x' ? { left: `${label.at}%` } : { top: `${label.at}%` }),
        ...(wrapAt ? { maxWidth: px(wrapAt) } : {}),
      }}
    >
      {label.text}
    </span>
  ));
}

function Marks({ marks, offset }: { marks: SketchMark[]; offset?: { x?: number; y?: number } }) {
  return marks.map((mark) => {
    const style: CSSProperties = {
      left: `calc(${mark.x}% + ${px(offset?.x ?? 0)})`,
      top: `calc(${mark.y}% + ${px(offset?.y ?? 0)})`,
    };
    return (
      <svg
        key={mark.key}
        className="chart-sketch-mark"
        aria-hidden="true"
        style={style}
        viewBox="-12 -12 24 24"
        data-mark={mark.kind}
        data-break={mark.breaks ? '' : undefined}
      >
        {mark.breaks ? <BreakTick x={0} y={0} colour={mark.colour} size={offset ? 4 : 5} /> : null}
        <Mark kind={mark.kind} x={0} y={0} colour={mark.colour} size={offset ? 4 : 5} />
      </svg>
    );
  });
}

/** A line chart's sketch: GDP as published, or indexed (with its line at 100). */
export function LinesSketch({
  kind,
  frame,
  sketch,
  title,
  reference,
}: {
  kind: string;
  frame: PlotFrame;
  sketch: LineSketch;
  title?: string;
  /** A dashed line across the plot at this height, in percent from the top. */
  reference?: number;
}) {
  return (
    <SketchFrame kind={kind} frame={frame} title={title}>
      <PlotSvg>
        {sketch.grid.map((y) => (
          <Rule key={y} axis="y" at={y} stroke={GRID_STROKE} />
        ))}
        <AxisLines />
        {reference === undefined ? null : <Rule axis="y" at={reference} dashed stroke="#8a94a3" />}
        {sketch.paths.map((path) => (
          <path
            key={path.key}
            d={path.d}
            fill="none"
            stroke={path.colour}
            strokeWidth={2.5}
            vectorEffect="non-scaling-stroke"
            data-line={path.key}
          />
        ))}
      </PlotSvg>
      <TickLabels axis="x" labels={sketch.xLabels} />
      <TickLabels axis="y" labels={sketch.yLabels} />
      <Marks marks={sketch.marks} />
    </SketchFrame>
  );
}

/** A bar chart's sketch: columns (values up) or rows (values to the right), stacked where the chart stacks. */
export function BarsSketch({
  kind,
  frame,
  orientation,
  sketch,
  title,
  zeroRule,
  highlight,
  markGap = MARK_GAP,
  unitLabel,
}: {
  kind: string;
  frame: PlotFrame;
  orientation: 'columns' | 'rows';
  sketch: BarSketch;
  title?: string;
  /** A line across the value axis at zero, in percent along it (the growth chart's). */
  zeroRule?: number;
  /** A shaded span of the category axis (the cooperation chart's chosen years), in percent. */
  highlight?: { start: number; end: number };
  /** How far a mark stands from its bar's end, in px. */
  markGap?: number;
  /** The value axis's unit, at its far end under the plot (the area chart's km²). */
  unitLabel?: string;
}) {
  const rows = orientation === 'rows';
  return (
    <SketchFrame kind={kind} frame={frame} title={title}>
      <PlotSvg>
        {highlight ? (
          <rect
            x={highlight.start}
            y={0}
            width={Math.max(0, highlight.end - highlight.start)}
            height={100}
            fill="#0b5cad"
            fillOpacity={0.08}
          />
        ) : null}
        {sketch.grid.map((at) => (
          <Rule key={at} axis={rows ? 'x' : 'y'} at={at} stroke={GRID_STROKE} />
        ))}
        <AxisLines />
        {zeroRule === undefined ? null : <Rule axis={rows ? 'x' : 'y'} at={zeroRule} stroke="#8a94a3" />}
        {sketch.bars.map((bar) => (
          <rect
            key={bar.key}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
            fill={bar.colour}
            data-bar={bar.key}
          />
        ))}
      </PlotSvg>
      <TickLabels axis={rows ? 'x' : 'y'} labels={sketch.valueLabels} />
      <TickLabels
        axis={rows ? 'y' : 'x'}
        labels={sketch.categoryLabels}
        className={rows ? 'chart-sketch-category' : undefined}
        wrapAt={rows ? frame.yAxisWidth - TICK_SPACE : undefined}
      />
      <Marks marks={sketch.marks} offset={rows ? { x: markGap } : { y: -markGap }} />
      {unitLabel ? <span className="chart-sketch-unit">{unitLabel}</span> : null}
      {sketch.notes.map((note) => (
        <span
          key={note.key}
          className="chart-sketch-note"
          style={{ left: `calc(${note.x}% + 16px)`, top: `${note.y}%` }}
        >
          <span>{note.lines[0]}</span>
          <span>{note.lines[1]}</span>
        </span>
      ))}
    </SketchFrame>
  );
}
