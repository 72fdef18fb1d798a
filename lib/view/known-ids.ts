import type { Dataset } from '@/lib/data/load';
import { VIEW_PARAMS } from './params';
import type { IgnoredParam, ViewState } from './state';

/** A selection the data does not have falls back to none, like any other bad value. */
export function withKnownIds(
  state: ViewState,
  dataset: Dataset,
): { state: ViewState; ignored: IgnoredParam[] } {
  const { selection } = state;
  if (selection === null) return { state, ignored: [] };
  const known =
    selection.type === 'place'
      ? dataset.places.some((p) => p.id === selection.id)
      : dataset.links.some((l) => l.id === selection.id);
  if (known) return { state, ignored: [] };
  return {
    state: { ...state, selection: null },
    ignored: [
      {
        key: VIEW_PARAMS.selection.key,
        reason: selection.type === 'place' ? 'unknown_place' : 'unknown_link',
      },
    ],
  };
}
