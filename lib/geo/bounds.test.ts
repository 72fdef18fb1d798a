import { describe, expect, it } from 'vitest';
import { boundsOf, padBounds } from './bounds';

describe('boundsOf', () => {
  it.each([
    [
      'one point',
      [[121.47, 31.23]],
      [
        [121.47, 31.23],
        [121.47, 31.23],
      ],
    ],
    [
      'the Yangtze River Delta',
      [
        [121.47, 31.23],
        [120.59, 31.3],
        [120.58, 30.0],
      ],
      [
        [120.58, 30.0],
        [121.47, 31.3],
      ],
    ],
    [
      'Shanghai and Boston across the Pacific',
      [
        [121.47, 31.23],
        [-71.06, 42.36],
      ],
      [
        [121.47, 31.23],
        [288.94, 42.36],
      ],
    ],
    [
      'Lisbon and Boston across the Atlantic',
      [
        [-9.14, 38.72],
        [-71.06, 42.36],
      ],
      [
        [-71.06, 38.72],
        [-9.14, 42.36],
      ],
    ],
  ] as const)('%s', (_name, positions, expected) => {
    const [[west, south], [east, north]] = boundsOf(positions.map(([a, b]) => [a, b]));
    expect(west).toBeCloseTo(expected[0][0], 9);
    expect(south).toBeCloseTo(expected[0][1], 9);
    expect(east).toBeCloseTo(expected[1][0], 9);
    expect(north).toBeCloseTo(expected[1][1], 9);
  });

  it('bounds half a million positions (thousands of arcs) without running out of stack', () => {
    const many = Array.from({ length: 500_000 }, (_, i): [number, number] => [
      120 + (i % 100) / 10,
      30 + (i % 7),
    ]);
    expect(boundsOf(many)).toEqual([
      [120, 30],
      [129.9, 36],
    ]);
  });

  it('refuses an empty list', () => {
    expect(() => boundsOf([])).toThrow(/no positions/);
  });
});

describe('padBounds', () => {
  it('grows each side by the fraction', () => {
    expect(
      padBounds(
        [
          [0, 0],
          [10, 20],
        ],
        0.1,
      ),
    ).toEqual([
      [-1, -2],
      [11, 22],
    ]);
  });

  it('gives a single point a minimum size', () => {
    expect(
      padBounds(
        [
          [5, 5],
          [5, 5],
        ],
        0.5,
        0.1,
      ),
    ).toEqual([
      [4.9, 4.9],
      [5.1, 5.1],
    ]);
  });

  it('stays inside the latitudes a web map can show', () => {
    const [[, south], [, north]] = padBounds(
      [
        [0, -80],
        [1, 80],
      ],
      0.5,
    );
    expect(south).toBe(-85);
    expect(north).toBe(85);
  });
});
