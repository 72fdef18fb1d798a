'use client';

import { useRef } from 'react';
import { sameValue, type ViewKey, type ViewState } from '@/lib/view/parsers';

/** Keeps the previous object while every one of `keys` is the same value, so a slice changes only with itself. */
export function useStableSlice<K extends ViewKey>(keys: readonly K[], view: ViewState): Pick<ViewState, K> {
  const previous = useRef<Pick<ViewState, K> | null>(null);
  const last = previous.current;
  if (last && keys.every((key) => sameValue(key, last[key], view[key]))) return last;
  const slice = Object.fromEntries(keys.map((key) => [key, view[key]])) as Pick<ViewState, K>;
  previous.current = slice;
  return slice;
}
