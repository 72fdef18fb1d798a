'use client';

import { useQueryStates } from 'nuqs';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { VIEW_VERSION } from '@/lib/view/migrations';
import { viewParsers, viewUrlKeys } from '@/lib/view/nuqs';
import type { Selection, ViewState } from '@/lib/view/params';

export type ViewUpdate = Partial<ViewState>;

/**
 * Whether a change is a step the reader may want to go back to. Panning and
 * zooming replace the current history entry; selecting, switching currency or
 * narrowing the years add one, so Back and Forward walk through them.
 */
export type HistoryMode = 'push' | 'replace';

/** The view as the URL holds it, and a setter that writes it back with the version marker. */
function useViewFromUrl() {
  const [state, setState] = useQueryStates(viewParsers, {
    urlKeys: viewUrlKeys,
    // The map writes its viewport on every move end; a short throttle keeps the history API calm.
    limitUrlUpdates: { method: 'throttle', timeMs: 200 },
  });
  const update = useCallback(
    (changes: ViewUpdate, history: HistoryMode = 'push') =>
      setState(
        { ...changes, version: VIEW_VERSION },
        // A new language needs the server to render again with its messages; nothing else does.
        { history, scroll: false, shallow: !('language' in changes) },
      ),
    [setState],
  );
  return useMemo(() => {
    const { version: _version, ...view } = state;
    return [view as ViewState, update] as const;
  }, [state, update]);
}

type ViewContextValue = ReturnType<typeof useViewFromUrl>;
const ViewContext = createContext<ViewContextValue | null>(null);

/**
 * Reads the URL once for the whole page: every component that asked nuqs itself cost a
 * parse of every key on each render, on the server for each request too.
 */
export function ViewProvider({ children }: { children: ReactNode }) {
  return <ViewContext.Provider value={useViewFromUrl()}>{children}</ViewContext.Provider>;
}

export function useView(): ViewContextValue {
  const value = useContext(ViewContext);
  if (value === null) throw new Error('useView needs a ViewProvider above it');
  return value;
}

/** The selected place or link, and a setter that adds a history entry. */
export function useSelection() {
  const [view, update] = useView();
  const select = useCallback((selection: Selection | null) => update({ selection }), [update]);
  return useMemo(() => [view.selection, select] as const, [view.selection, select]);
}
