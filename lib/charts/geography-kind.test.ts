import { describe, expect, it } from 'vitest';
import { differingKinds, geographyKind, placeKindsIfMixed } from './geography-kind';

describe('geographyKind', () => {
  it.each([
    ['Shanghai Municipality', 'municipality'],
    ['Suzhou (prefecture-level city)', 'prefecture_city'],
    ['Boston-Cambridge-Newton, MA-NH Metropolitan Statistical Area', 'metro_area'],
    ['City of Boston', 'city_proper'],
    ['Suzhou Industrial Park', 'zone'],
    ['Lin-gang Special Area (first phase)', 'zone'],
    ['Zhangjiang Science City (2017 plan area)', 'zone'],
    ['Boston Innovation District (South Boston Waterfront)', 'zone'],
    ['Atlantis', null],
  ] as const)('%s is %s', (name, kind) => {
    expect(geographyKind(name)).toBe(kind);
  });
});

describe('differingKinds', () => {
  it.each([
    ['one kind', ['Suzhou (prefecture-level city)', 'Shaoxing (prefecture-level city)'], []],
    [
      'two kinds, in a fixed order',
      ['Boston-Cambridge-Newton, MA-NH Metropolitan Statistical Area', 'Suzhou (prefecture-level city)'],
      ['prefecture_city', 'metro_area'],
    ],
    ['a name of no known kind against a known one', ['Atlantis', 'Shanghai Municipality'], ['municipality']],
    ['nothing', [], []],
  ] as const)('%s', (_name, names, kinds) => {
    expect(differingKinds(names)).toEqual(kinds);
  });
});

describe('placeKindsIfMixed', () => {
  it('lists each place’s kind where kinds differ', () => {
    expect(
      placeKindsIfMixed([
        { place: 'suzhou', geography: 'Suzhou (prefecture-level city)' },
        { place: 'boston', geography: 'Boston-Cambridge-Newton, MA-NH Metropolitan Statistical Area' },
        { place: 'x', geography: 'Atlantis' },
      ]),
    ).toEqual([
      { place: 'suzhou', kind: 'prefecture_city' },
      { place: 'boston', kind: 'metro_area' },
    ]);
  });

  it('says nothing where all are one kind', () => {
    expect(
      placeKindsIfMixed([
        { place: 'suzhou', geography: 'Suzhou (prefecture-level city)' },
        { place: 'shaoxing', geography: 'Shaoxing (prefecture-level city)' },
      ]),
    ).toEqual([]);
  });
});
