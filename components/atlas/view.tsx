'use client';

import { parseAsInteger, useQueryStates } from 'nuqs';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef } from 'react';
import type { Selection } from '@/lib/domain';
import { checkView, type IgnoredParam, type KnownIds } from '@/lib/view/check';
import { VERSION_KEY, VIEW_VERSION } from '@/lib/view/migrations';
import {
  type Scene,
  sceneParsers,
  type Viewport,
  type ViewState,
  viewParsers,
  viewportParsers,
  viewUrlKeys,
} from '@/lib/view/parsers';
import { useStableSlice } from './stable-slice';
import { useAtlasData } from './use-atlas-data';

export type ViewUpdate = Partial<ViewState>;

/**
 * Whether a change is a step the reader may want to go back to. Panning and
 * zooming replace the current history entry; selecting, switching currency or
 * narrowing the years add one, so Back and Forward walk through them.
 */
export type HistoryMode = 'push' | 'replace';

/**
 * Who draws the change: the client alone, or the server again (a new language needs its
 * messages; a new camera without WebGL needs its basemap drawn).
 */
export type RenderMode = 'client' | 'server';

type UpdateView = (changes: ViewUpdate, history?: HistoryMode, render?: RenderMode) => void;

type FrameListener = (selection: Selection) => void;

type ViewActions = {
  update: UpdateView;
  /** The whole view as it is now, for what reads it at a click (Share, Embed) rather than on render. */
  current: () => ViewState;
  /** Selects and asks the map to bring the selection into view (the list, a chart, search). */
  selectAndFrame: (selection: Selection | null) => void;
  /** The map listens here for selections to frame; the answer unsubscribes. */
  onFrameRequest: (listener: FrameListener) => () => void;
};

const urlParsers = { ...viewParsers, version: parseAsInteger };
const urlKeys = { ...viewUrlKeys, version: VERSION_KEY };

const VIEWPORT_KEYS = Object.keys(viewportParsers) as (keyof Viewport)[];
const SCENE_KEYS = Object.keys(sceneParsers) as (keyof Scene)[];

const ViewportContext = createContext<Viewport | null>(null);
const SceneContext = createContext<Scene | null>(null);
const ActionsContext = createContext<ViewActions | null>(null);
const IgnoredContext = createContext<readonly IgnoredParam[]>([]);

/**
 * Reads the URL once for the whole page through the contract's parsers and checks it as
 * the server did (lib/view/check.ts). The viewport and the rest of the view are separate
 * slices, so a pan end renders the map again and nothing else.
 */
export function ViewProvider({ children }: { children: ReactNode }) {
  const [url, setUrl] = useQueryStates(urlParsers, {
    urlKeys,
    // The map writes its viewport on every move end; a short throttle keeps the history API calm.
    limitUrlUpdates: { method: 'throttle', timeMs: 200 },
  });
  const { placeById, linkById, places, links } = useAtlasData();
  const known: KnownIds = useMemo(
    () => (places && links ? { places: placeById, links: linkById } : null),
    [places, links, placeById, linkById],
  );
  const { version: _version, ...fromUrl } = url;
  const checked = checkView(fromUrl as ViewState, known);
  const viewport = useStableSlice(VIEWPORT_KEYS, checked.view);
  const scene = useStableSlice(SCENE_KEYS, checked.view);
  const latest = useRef(checked.view);
  latest.current = checked.view;
  const ignoredKey = checked.ignored.map((i) => `${i.key}:${i.reason}`).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the list's content.
  const ignored = useMemo(() => checked.ignored, [ignoredKey]);

  const update = useCallback<UpdateView>(
    (changes, history = 'push', render = 'client') =>
      void setUrl(
        { ...changes, version: VIEW_VERSION },
        { history, scroll: false, shallow: render === 'client' && !('language' in changes) },
      ),
    [setUrl],
  );
  const frameListeners = useRef(new Set<FrameListener>());
  const actions = useMemo<ViewActions>(
    () => ({
      update,
      current: () => latest.current,
      selectAndFrame: (selection) => {
        update({ selection });
        if (selection) for (const listener of frameListeners.current) listener(selection);
      },
      onFrameRequest: (listener) => {
        frameListeners.current.add(listener);
        return () => frameListeners.current.delete(listener);
      },
    }),
    [update],
  );

  return (
    <ActionsContext.Provider value={actions}>
      <IgnoredContext.Provider value={ignored}>
        <SceneContext.Provider value={scene}>
          <ViewportContext.Provider value={viewport}>{children}</ViewportContext.Provider>
        </SceneContext.Provider>
      </IgnoredContext.Provider>
    </ActionsContext.Provider>
  );
}

function required<T>(value: T | null, hook: string): T {
  if (value === null) throw new Error(`${hook} needs a ViewProvider above it`);
  return value;
}

export function useViewActions(): ViewActions {
  return required(useContext(ActionsContext), 'useViewActions');
}

/** Everything in the view but the camera, and the setter; a pan or zoom renders none of its readers again. */
export function useView(): readonly [Scene, UpdateView] {
  const scene = required(useContext(SceneContext), 'useView');
  return [scene, useViewActions().update];
}

/** The map's camera as the URL holds it. */
export function useViewport(): readonly [Viewport, UpdateView] {
  const viewport = required(useContext(ViewportContext), 'useViewport');
  return [viewport, useViewActions().update];
}

/** What the client's own check of the URL left out (a URL reached without the server, say by Back). */
export function useClientIgnored(): readonly IgnoredParam[] {
  return useContext(IgnoredContext);
}

/**
 * The selected place or link, and a setter that adds a history entry and brings the
 * selection into view on the map. (The map's own clicks select without framing: what was
 * clicked is in view already.)
 */
export function useSelection() {
  const scene = required(useContext(SceneContext), 'useSelection');
  const { selectAndFrame } = useViewActions();
  return useMemo(() => [scene.selection, selectAndFrame] as const, [scene.selection, selectAndFrame]);
}
