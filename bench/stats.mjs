// Summaries of repeated measurements.

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median with the spread and the raw values, as results.json keeps every figure. */
export function summary(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return {
    median: median(numbers),
    min: numbers.length ? Math.min(...numbers) : null,
    max: numbers.length ? Math.max(...numbers) : null,
    n: numbers.length,
    values: numbers,
  };
}

export const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
