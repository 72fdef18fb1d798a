import type { Dataset } from './load';
import type { Source } from './schema';

export function findSource(dataset: Dataset, id: string): Source | undefined {
  return dataset.sources.find((s) => s.id === id);
}
