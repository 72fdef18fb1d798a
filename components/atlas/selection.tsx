'use client';

import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import type { Selection } from '@/lib/view/params';

export type Target = Selection;

type Pair<T> = readonly [T, (next: T) => void];

const HoverContext = createContext<Pair<Target | null> | null>(null);

/**
 * What the pointer (or keyboard focus) is over, shared by the map, the lists and
 * the charts. Hover is not part of the view: it never reaches the URL.
 */
export function HoverProvider({ children }: { children: ReactNode }) {
  const [hovered, setHovered] = useState<Target | null>(null);
  const value = useMemo(() => [hovered, setHovered] as const, [hovered]);
  return <HoverContext.Provider value={value}>{children}</HoverContext.Provider>;
}

export function useHover(): Pair<Target | null> {
  const value = useContext(HoverContext);
  if (value === null) throw new Error('useHover needs a HoverProvider above it');
  return value;
}

export const sameTarget = (a: Target | null, b: Target | null) => a?.type === b?.type && a?.id === b?.id;

export { useSelection } from './view';
