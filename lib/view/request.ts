import { cache } from 'react';
import type { Dataset } from '@/lib/data/load';
import type { KnownIds } from './check';
import { type LoadedView, loadView, type SearchParamsRecord, toSearchParams } from './load';

const knownIdsByDataset = new WeakMap<Dataset, NonNullable<KnownIds>>();

/** The ids a view may select, built once per dataset. */
export function knownIdsOf(dataset: Dataset): NonNullable<KnownIds> {
  let known = knownIdsByDataset.get(dataset);
  if (!known) {
    known = {
      places: new Set(dataset.places.map((p) => p.id)),
      links: new Set(dataset.links.map((l) => l.id)),
    };
    knownIdsByDataset.set(dataset, known);
  }
  return known;
}

// Keyed by the query's text, so the metadata and the page of one request share one reading.
const loadCached = cache((query: string, dataset: Dataset) =>
  loadView(new URLSearchParams(query), knownIdsOf(dataset)),
);

/** The request's view, read and checked once per request however many server components ask. */
export function requestView(raw: SearchParamsRecord, dataset: Dataset): LoadedView {
  return loadCached(toSearchParams(raw).toString(), dataset);
}
