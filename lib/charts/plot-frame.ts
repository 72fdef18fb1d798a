/**
 * Where each chart's plot sits inside its canvas, in px: Recharts' margins and axis sizes.
 * The Recharts drawings take their margins and axis widths from here, and the server's
 * sketch insets its plot by the same amounts, so the plot is in the same place in both.
 */
export type PlotFrame = {
  margin: { top: number; right: number; bottom: number; left: number };
  /** The width of the axis on the left: numbers, or a bar chart's category names. */
  yAxisWidth: number;
  /** The height of the axis along the bottom (Recharts' default). */
  xAxisHeight: number;
};

const X_AXIS_HEIGHT = 30;

export const PLOT_FRAMES = {
  gdpLines: { margin: { top: 8, right: 12, bottom: 4, left: 8 }, yAxisWidth: 64, xAxisHeight: X_AXIS_HEIGHT },
  gdpGrowth: {
    margin: { top: 4, right: 72, bottom: 4, left: 8 },
    yAxisWidth: 72,
    xAxisHeight: X_AXIS_HEIGHT,
  },
  perCapita: {
    margin: { top: 8, right: 12, bottom: 4, left: 8 },
    yAxisWidth: 72,
    xAxisHeight: X_AXIS_HEIGHT,
  },
  area: { margin: { top: 4, right: 40, bottom: 4, left: 8 }, yAxisWidth: 170, xAxisHeight: X_AXIS_HEIGHT },
  cooperation: {
    margin: { top: 8, right: 12, bottom: 4, left: 0 },
    yAxisWidth: 40,
    xAxisHeight: X_AXIS_HEIGHT,
  },
} as const satisfies Record<string, PlotFrame>;

/** The plot's distance from each edge of the canvas. */
export function plotInsets({ margin, yAxisWidth, xAxisHeight }: PlotFrame) {
  return {
    top: margin.top,
    right: margin.right,
    bottom: margin.bottom + xAxisHeight,
    left: margin.left + yAxisWidth,
  };
}
