'use client';

export type Drawings = typeof import('./drawings');

let loading: Promise<Drawings> | null = null;

/** The drawings' chunk, fetched once for every chart of the page. */
export function loadDrawings(): Promise<Drawings> {
  loading ??= import('./drawings');
  return loading;
}
