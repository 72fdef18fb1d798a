import { describe, expect, it } from 'vitest';
import { keepMarkup, keptMarkup } from './markup-store';

describe('the basemap markup store', () => {
  it('gives back what was kept under an id, and nothing under another', () => {
    keepMarkup('a', '<path d="m0,0"/>');
    expect(keptMarkup('a')).toBe('<path d="m0,0"/>');
    expect(keptMarkup('never-kept')).toBeUndefined();
  });

  it('forgets the oldest past 64, but not one that was kept again', () => {
    keepMarkup('first', 'one');
    keepMarkup('second', 'two');
    for (let i = 0; i < 62; i += 1) keepMarkup(`filler-${i}`, String(i));
    keepMarkup('first', 'one again');
    keepMarkup('one more', 'x');
    expect(keptMarkup('first')).toBe('one again');
    expect(keptMarkup('second')).toBeUndefined();
  });
});
