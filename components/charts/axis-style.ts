/** The look every chart shares: tick text, grid and axis titles. */
export const TICK = { fontSize: 12, fill: '#4a5565' };
export const GRID_STROKE = '#e3e7ec';

/** A y-axis title, turned along the axis; `dy` centres it on the axis's length. */
export const yAxisTitle = (value: string, dy: number) => ({
  value,
  angle: -90,
  position: 'insideLeft' as const,
  fontSize: 12,
  fill: '#4a5565',
  dy,
});
