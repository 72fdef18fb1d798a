import { describe, expect, it } from 'vitest';
import { focusList, focusStyleSheet } from './focus-style';

describe('focusStyleSheet', () => {
  it.each([
    ['no places', [], ''],
    [
      'one place',
      ['boston'],
      '.row[data-focus]:not([data-focus~="boston"]) [data-focus-place="boston"]{opacity:0.2}',
    ],
    [
      'places sorted, each once',
      ['suzhou', 'boston', 'suzhou'],
      [
        '.row[data-focus]:not([data-focus~="boston"]) [data-focus-place="boston"]{opacity:0.2}',
        '.row[data-focus]:not([data-focus~="suzhou"]) [data-focus-place="suzhou"]{opacity:0.2}',
      ].join('\n'),
    ],
    [
      'an id that could break out of the selector is left out',
      ['lin-gang', 'a"]{}body{display:none', 'Upper'],
      '.row[data-focus]:not([data-focus~="lin-gang"]) [data-focus-place="lin-gang"]{opacity:0.2}',
    ],
  ] as const)('%s', (_name, ids, expected) => {
    expect(focusStyleSheet('.row', ids)).toBe(expected);
  });
});

describe('focusList', () => {
  it.each([
    ['nothing in focus', [], undefined],
    ['one place', ['boston'], 'boston'],
    [
      'a link: both ends and what they belong to, sorted',
      ['zhangjiang', 'shanghai', 'boston'],
      'boston shanghai zhangjiang',
    ],
    ['only unsafe ids: as if nothing were in focus', ['a b'], undefined],
  ] as const)('%s', (_name, ids, expected) => {
    expect(focusList(new Set(ids))).toBe(expected);
  });
});
