'use client';

import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

export type Target = { type: 'place' | 'link'; id: string };

type Pair<T> = readonly [T, (next: T) => void];

const SelectionContext = createContext<Pair<Target | null> | null>(null);
const HoverContext = createContext<Pair<Target | null> | null>(null);

/**
 * What the reader has selected and what the pointer is over, shared by the map,
 * the lists and the details. Hover lives in its own context so that moving the
 * pointer re-renders only what shows hover.
 */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<Target | null>(null);
  const [hovered, setHovered] = useState<Target | null>(null);
  const selection = useMemo(() => [selected, setSelected] as const, [selected]);
  const hover = useMemo(() => [hovered, setHovered] as const, [hovered]);
  return (
    <SelectionContext.Provider value={selection}>
      <HoverContext.Provider value={hover}>{children}</HoverContext.Provider>
    </SelectionContext.Provider>
  );
}

function useRequired<T>(context: React.Context<T | null>, name: string): T {
  const value = useContext(context);
  if (value === null) throw new Error(`${name} needs a SelectionProvider above it`);
  return value;
}

export const useSelection = () => useRequired(SelectionContext, 'useSelection');
export const useHover = () => useRequired(HoverContext, 'useHover');

export const sameTarget = (a: Target | null, b: Target | null) => a?.type === b?.type && a?.id === b?.id;
