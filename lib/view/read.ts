import type { Dataset } from '@/lib/data/load';
import { withKnownIds } from './known-ids';
import { migrateParams } from './migrations';
import { type IgnoredParam, parseView, toSearchParams, type ViewState } from './state';

type RawParams = Record<string, string | string[] | undefined>;

export type ReadView =
  | { kind: 'redirect'; query: string }
  | { kind: 'view'; state: ViewState; ignored: IgnoredParam[] };

/**
 * What the page, the embed and the preview image do with a URL: bring an old link
 * up to date (the caller redirects), then read the view and drop what the data
 * does not have.
 */
export function readView(raw: RawParams | URLSearchParams, dataset: Dataset): ReadView {
  const { params, changed } = migrateParams(toSearchParams(raw));
  if (changed) return { kind: 'redirect', query: params.toString() };
  const parsed = parseView(params);
  const checked = withKnownIds(parsed.state, dataset);
  return { kind: 'view', state: checked.state, ignored: [...parsed.ignored, ...checked.ignored] };
}
