import { describe, expect, it, vi } from 'vitest';
import { processWide } from './process-wide';

describe('processWide', () => {
  it('makes a value once and answers the same one after', () => {
    const make = vi.fn(() => ({ made: true }));
    const first = processWide('test.once', make);
    expect(processWide('test.once', make)).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps values of different names apart, and is shared through the global symbol', () => {
    const a = processWide('test.a', () => 'a');
    const b = processWide('test.b', () => 'b');
    expect([a, b]).toEqual(['a', 'b']);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('innovation-atlas.test.a')]).toBe('a');
  });

  it('keeps nothing when making the value fails, so the next call tries again', () => {
    expect(() =>
      processWide('test.fails', () => {
        throw new Error('no data');
      }),
    ).toThrow('no data');
    expect(processWide('test.fails', () => 'made')).toBe('made');
  });
});
