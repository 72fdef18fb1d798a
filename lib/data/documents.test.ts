import { describe, expect, it } from 'vitest';
import { findPassage, splitAtPassage } from './documents';

describe('findPassage', () => {
  it.each<[string, string, string, string | null]>([
    ['a passage on one line', 'One two three four.', 'two three', 'two three'],
    ['a passage across a line break', 'One two\n\nthree four.', 'two three', 'two\n\nthree'],
    ['a quote with its own double space', 'One two three.', 'two  three', 'two three'],
    [
      'characters a regular expression would read',
      'Costs (a+b)? $5 [sic].',
      '(a+b)? $5 [sic]',
      '(a+b)? $5 [sic]',
    ],
    ['a passage that is not there', 'One two three.', 'three two', null],
    ['an empty quote', 'One two three.', '   ', null],
  ])('finds %s', (_name, text, quote, expected) => {
    const range = findPassage(text, quote);
    expect(range === null ? null : text.slice(range.start, range.end)).toBe(expected);
  });
});

describe('splitAtPassage', () => {
  it('cuts the text around the passage', () => {
    expect(splitAtPassage('abcdef', { start: 2, end: 4 })).toEqual({
      before: 'ab',
      passage: 'cd',
      after: 'ef',
    });
  });

  it('keeps the whole text where there is no passage', () => {
    expect(splitAtPassage('abc', null)).toEqual({ before: 'abc', passage: null, after: '' });
  });
});
