'use client';

/** Whether the reader asked for less motion: eased moves become jumps, a play goes slower. */
export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
