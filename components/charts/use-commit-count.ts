'use client';

import { useEffect } from 'react';

declare global {
  interface Window {
    /** Commits per component, counted only where a test created the object (e2e/renders.spec.ts). */
    __atlasCommits?: Record<string, number>;
  }
}

/**
 * Counts this component's commits under `name` for the render-count test: an effect
 * without dependencies runs once per commit. The page never creates the counter
 * object, so outside that test this is one property read per commit.
 */
export function useCommitCount(name: string): void {
  useEffect(() => {
    const commits = window.__atlasCommits;
    if (commits) commits[name] = (commits[name] ?? 0) + 1;
  });
}
