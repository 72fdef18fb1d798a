'use client';

import { createContext, type ReactNode, useContext, useDeferredValue, useState } from 'react';
import type { Selection } from '@/lib/view/params';

export type Target = Selection;

type SetHover = (next: Target | null) => void;

const HoveredContext = createContext<Target | null | undefined>(undefined);
const DeferredHoveredContext = createContext<Target | null | undefined>(undefined);
const SetHoverContext = createContext<SetHover | null>(null);

/**
 * What the pointer (or keyboard focus) is over, shared by the map, the lists and
 * the charts. Hover is not part of the view: it never reaches the URL. The setter
 * has a context of its own, so what only reports hover (the list's hundreds of
 * buttons) does not render again each time the pointer moves. The charts read a
 * deferred copy: the map's tooltip answers the pointer at once, and the charts,
 * which take longer to draw, follow when the browser has time.
 */
export function HoverProvider({ children }: { children: ReactNode }) {
  const [hovered, setHovered] = useState<Target | null>(null);
  const deferred = useDeferredValue(hovered);
  return (
    <SetHoverContext.Provider value={setHovered}>
      <HoveredContext.Provider value={hovered}>
        <DeferredHoveredContext.Provider value={deferred}>{children}</DeferredHoveredContext.Provider>
      </HoveredContext.Provider>
    </SetHoverContext.Provider>
  );
}

export function useSetHover(): SetHover {
  const setHover = useContext(SetHoverContext);
  if (setHover === null) throw new Error('useSetHover needs a HoverProvider above it');
  return setHover;
}

export function useHover(): readonly [Target | null, SetHover] {
  const hovered = useContext(HoveredContext);
  const setHover = useSetHover();
  if (hovered === undefined) throw new Error('useHover needs a HoverProvider above it');
  return [hovered, setHover];
}

/** Hover for what may lag behind the pointer by a frame or two (the charts). */
export function useDeferredHover(): readonly [Target | null, SetHover] {
  const hovered = useContext(DeferredHoveredContext);
  const setHover = useSetHover();
  if (hovered === undefined) throw new Error('useDeferredHover needs a HoverProvider above it');
  return [hovered, setHover];
}

export const sameTarget = (a: Target | null, b: Target | null) => a?.type === b?.type && a?.id === b?.id;

export { useSelection } from './view';
