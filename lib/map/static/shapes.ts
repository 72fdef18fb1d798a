import type { Selection } from '@/lib/domain';

/** What the static map draws, as plain data: one SVG writer for strings, one for React, read it. */
export type PathShape = {
  d: string;
  fill?: string;
  fillRule?: 'evenodd';
  stroke?: string;
  strokeWidth?: number;
  /** In px, as SVG's stroke-dasharray wants it. */
  dash?: string;
  opacity?: number;
  lineJoin?: 'round';
  lineCap?: 'round';
  crisp?: boolean;
};

export type TextShape = {
  x: number;
  y: number;
  /** One entry a line; the block is centred on (x, y) unless `anchor` says otherwise. */
  lines: string[];
  size: number;
  fill: string;
  halo: string;
  haloWidth: number;
  /** In px. */
  letterSpacing?: number;
  anchor: 'start' | 'middle' | 'end';
  /** Where (x, y) sits against the block: its middle, its top or its bottom edge. */
  baseline: 'middle' | 'top' | 'bottom';
};

export type CircleShape = {
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
};

/** Something the reader can point at, focus and select: a place's marker or a link's arc. */
export type Target = { selection: Selection; label: string };

/** Rounds a pixel value for the markup: a tenth of a pixel is below what the eye sees. */
export const px = (value: number) => Math.round(value * 10) / 10;
