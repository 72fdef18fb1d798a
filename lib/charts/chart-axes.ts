import type { LinkKind } from '@/lib/domain';
import type { CooperationRow, TimeRow } from './shape';
import { type ValueAxis, valueAxis, yearTicks } from './ticks';

/** A time chart's axes: the years along x, those labelled, and the value axis. */
export type TimeAxes = { years: number[]; xTicks: number[]; y: ValueAxis };

/**
 * The axes of a line chart over `rows`, from every column it draws (the lines and their
 * lower-bound marks alike, as Recharts' own domain would take them).
 */
export function timeAxes(
  rows: readonly TimeRow[],
  columns: readonly string[],
  includeZero: boolean,
): TimeAxes {
  const years = rows.map((row) => row.year);
  const values = rows.flatMap((row) =>
    columns.map((column) => row[column]).filter((v): v is number => typeof v === 'number'),
  );
  return { years, xTicks: yearTicks(years), y: valueAxis(values, { includeZero }) };
}

/** The value axis of a bar chart: from zero to past the longest bar (or stack), either side of zero. */
export function barAxis(totals: readonly number[], integers = false): ValueAxis {
  return valueAxis(totals, { includeZero: true, integers });
}

/** The cooperation chart's axes: every year along x, a count axis up to the highest year's stack of links. */
export function cooperationAxes(rows: readonly CooperationRow[], kinds: readonly LinkKind[]): TimeAxes {
  const years = rows.map((row) => row.year);
  const totals = rows.map((row) => kinds.reduce((sum, kind) => sum + (row[kind] ?? 0), 0));
  return { years, xTicks: yearTicks(years), y: barAxis(totals, true) };
}
