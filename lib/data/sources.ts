import type { Dataset } from './load';
import type { Source } from './schema';

export function findSource(dataset: Dataset, id: string): Source | undefined {
  return dataset.sources.find((s) => s.id === id);
}

const indexes = new WeakMap<Dataset, ReadonlyMap<string, Source>>();

/** Every source by id, built once per dataset (the entity pages look up many per request). */
export function sourcesById(dataset: Dataset): ReadonlyMap<string, Source> {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map(dataset.sources.map((s) => [s.id, s]));
    indexes.set(dataset, index);
  }
  return index;
}
