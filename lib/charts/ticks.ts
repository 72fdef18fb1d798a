/**
 * A chart's value axis: its domain and ticks, computed once and handed to both the
 * server's sketch and the Recharts drawing, so the chart does not jump when Recharts takes over.
 * The drawings pass them with `interval={0}`: Recharts would otherwise thin them by its own measure.
 */
export type ValueAxis = { domain: readonly [number, number]; ticks: readonly number[] };

type AxisOptions = {
  /** The axis starts (or ends) at zero: bars, and levels read from zero. */
  includeZero: boolean;
  /** About how many ticks; the step is rounded to 1, 2 or 5 × 10ⁿ, so there may be one more or fewer. */
  count?: number;
  /** Counts: no step below 1. */
  integers?: boolean;
};

/** Float noise (0.30000000000000004) trimmed, so ticks print as they read. */
const tidy = (value: number) => Number(value.toPrecision(12));

/** The round step nearest above `raw`: 1, 2 or 5 × 10ⁿ. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return tidy(nice * power);
}

/** The domain and ticks covering `values`, from one round tick below the least to one above the greatest. */
export function valueAxis(values: readonly number[], options: AxisOptions): ValueAxis {
  const { includeZero, count = 5, integers = false } = options;
  const finite = values.filter((v) => Number.isFinite(v));
  let low = finite.length > 0 ? Math.min(...finite) : 0;
  let high = finite.length > 0 ? Math.max(...finite) : 1;
  if (includeZero) {
    low = Math.min(0, low);
    high = Math.max(0, high);
  }
  // One value alone still gets an axis around it (or up from zero).
  if (high === low) {
    high = low + (low === 0 ? 1 : Math.abs(low) * 0.1);
    if (!includeZero) low -= high - low;
  }
  const raw = niceStep((high - low) / Math.max(1, count - 1));
  const step = integers ? Math.max(1, Math.ceil(raw)) : raw;
  const first = tidy(Math.floor(low / step) * step);
  const last = tidy(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let i = 0; tidy(first + i * step) <= last; i += 1) ticks.push(tidy(first + i * step));
  return { domain: [first, last], ticks };
}

/**
 * The years labelled on a time axis: every year when few, else every second, third… from the
 * first, so the labels fit the narrowest panel; Recharts gets the same list and shows it all.
 */
export function yearTicks(years: readonly number[], most = 6): number[] {
  if (years.length === 0) return [];
  const step = Math.ceil(years.length / most);
  return years.filter((_, i) => i % step === 0);
}
