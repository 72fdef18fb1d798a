'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useHover } from '@/components/atlas/selection';
import { linkQuery } from '@/lib/api/client/query-options';

/** How long the pointer or focus rests on a link before its details are read. */
const REST_MS = 150;

/**
 * Reads a link's details while the pointer or focus rests on it, so that its panel opens whole.
 * A pointer sweeping across the map passes over many links: only one it rests on is read.
 */
export function HoveredLinkPrefetch() {
  const [hovered] = useHover();
  const queryClient = useQueryClient();
  const id = hovered?.type === 'link' ? hovered.id : null;
  useEffect(() => {
    if (id === null) return;
    const timer = setTimeout(() => void queryClient.prefetchQuery(linkQuery(id)), REST_MS);
    return () => clearTimeout(timer);
  }, [id, queryClient]);
  return null;
}
