import { describe, expect, it } from 'vitest';
import {
  draggedBy,
  isMoved,
  moveTransform,
  type PictureMove,
  UNMOVED,
  wheelZoom,
  zoomedAbout,
} from './picture-move';

const shown = (move: PictureMove, [x, y]: [number, number]) => [
  move.scale * x + move.x,
  move.scale * y + move.y,
];

describe('zoomedAbout', () => {
  const cases: { name: string; from: PictureMove; factor: number; at: [number, number] }[] = [
    { name: 'in, about a corner, unmoved', from: UNMOVED, factor: 2, at: [0, 0] },
    { name: 'in, about a point', from: UNMOVED, factor: 1.5, at: [300, 200] },
    { name: 'out, after a drag', from: { scale: 1, x: 40, y: -25 }, factor: 0.5, at: [450, 270] },
    { name: 'in again, after a zoom', from: { scale: 2, x: -300, y: -100 }, factor: 1.25, at: [10, 500] },
  ];
  it.each(cases)('keeps the point under the wheel where it is: $name', ({ from, factor, at }) => {
    const to = zoomedAbout(from, factor, at);
    // The picture's pixel shown at `at` before the zoom is shown there after it.
    const pixel: [number, number] = [(at[0] - from.x) / from.scale, (at[1] - from.y) / from.scale];
    const [x, y] = shown(to, pixel);
    expect(x).toBeCloseTo(at[0], 9);
    expect(y).toBeCloseTo(at[1], 9);
    expect(to.scale).toBeCloseTo(from.scale * factor, 12);
  });
});

describe('draggedBy', () => {
  it('adds the drag to the translation and keeps the scale', () => {
    expect(draggedBy({ scale: 2, x: 10, y: 5 }, -30, 12)).toEqual({ scale: 2, x: -20, y: 17 });
  });
});

describe('wheelZoom', () => {
  const cases: { name: string; deltaY: number; deltaMode: number; zoom: number }[] = [
    { name: 'a pixel wheel turned towards the reader zooms out', deltaY: 225, deltaMode: 0, zoom: -0.5 },
    { name: 'away from the reader zooms in', deltaY: -90, deltaMode: 0, zoom: 0.2 },
    { name: 'lines count 40 px', deltaY: 3, deltaMode: 1, zoom: -120 / 450 },
    { name: 'a page is capped at one level', deltaY: -2, deltaMode: 2, zoom: 1 },
    { name: 'a large pixel delta is capped too', deltaY: 5000, deltaMode: 0, zoom: -1 },
  ];
  it.each(cases)('$name', ({ deltaY, deltaMode, zoom }) => {
    expect(wheelZoom(deltaY, deltaMode)).toBeCloseTo(zoom, 12);
  });
});

describe('moveTransform', () => {
  it('is empty for no move, else a translation then a scale', () => {
    expect(isMoved(UNMOVED)).toBe(false);
    expect(moveTransform(UNMOVED)).toBe('');
    expect(moveTransform({ scale: 1.5, x: -4, y: 20 })).toBe('translate(-4px, 20px) scale(1.5)');
  });
});
