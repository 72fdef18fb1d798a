import type { Point } from './shape';

export type MarkKind = 'published' | 'unverified' | 'derived' | 'about' | 'lower_bound';

/** How firm a figure is decides its mark, so that "unverified" never rests on colour alone. */
export function markOf(point: Pick<Point, 'status' | 'qualifier'>): MarkKind {
  if (point.qualifier === 'more_than') return 'lower_bound';
  if (point.qualifier === 'about') return 'about';
  if (point.status === 'derived' || point.status === 'inferred') return 'derived';
  if (point.status === 'found_secondary') return 'unverified';
  return 'published';
}
