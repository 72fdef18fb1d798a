'use client';

import { createContext, type ReactNode, useContext, useState } from 'react';
import type { Selection } from '@/lib/domain';

type SetHover = (next: Selection | null) => void;

const HoveredContext = createContext<Selection | null | undefined>(undefined);
const SetHoverContext = createContext<SetHover | null>(null);

/**
 * What the pointer (or keyboard focus) is over, shared by the map, the lists and
 * the charts. Hover is not part of the view: it never reaches the URL. The setter
 * has a context of its own, so what only reports hover (the list's hundreds of
 * buttons) does not render again each time the pointer moves.
 */
export function HoverProvider({ children }: { children: ReactNode }) {
  const [hovered, setHovered] = useState<Selection | null>(null);
  return (
    <SetHoverContext.Provider value={setHovered}>
      <HoveredContext.Provider value={hovered}>{children}</HoveredContext.Provider>
    </SetHoverContext.Provider>
  );
}

export function useSetHover(): SetHover {
  const setHover = useContext(SetHoverContext);
  if (setHover === null) throw new Error('useSetHover needs a HoverProvider above it');
  return setHover;
}

export function useHover(): readonly [Selection | null, SetHover] {
  const hovered = useContext(HoveredContext);
  const setHover = useSetHover();
  if (hovered === undefined) throw new Error('useHover needs a HoverProvider above it');
  return [hovered, setHover];
}

export { useSelection } from './view';
