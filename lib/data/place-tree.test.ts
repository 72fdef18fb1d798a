import { describe, expect, it } from 'vitest';
import { placeTree, placeTreeOfFeatures } from './place-tree';

/**
 * Two levels below the city, so that "inside" cannot be mistaken for "a child of":
 * city ⊃ park ⊃ lab; town apart; far holds a venue.
 */
const PLACES = [
  { id: 'city', parent: null },
  { id: 'park', parent: 'city' },
  { id: 'lab', parent: 'park' },
  { id: 'zone', parent: 'city' },
  { id: 'town', parent: null },
  { id: 'far', parent: null },
  { id: 'hall', parent: 'far' },
];
const LINKS = [
  { id: 'lab-far', from: 'lab', to: 'far', venue: null },
  { id: 'town-far-at-hall', from: 'town', to: 'far', venue: 'hall' },
  { id: 'city-town', from: 'city', to: 'town', venue: null },
  { id: 'far-town-at-lab', from: 'far', to: 'town', venue: 'lab' },
];
const tree = placeTree(PLACES, LINKS);
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('placeTree', () => {
  it.each([
    ['a top-level place', 'city', null],
    ['a child', 'park', 'city'],
    ['a grandchild', 'lab', 'park'],
    ['an unknown place', 'atlantis', null],
  ])('parentOf %s', (_name, id, expected) => {
    expect(tree.parentOf(id)).toBe(expected);
  });

  it.each([
    ['a top-level place', 'city', ['city']],
    ['a grandchild, nearest first', 'lab', ['lab', 'park', 'city']],
    ['an unknown place', 'atlantis', ['atlantis']],
  ])('withAncestors of %s', (_name, id, expected) => {
    expect(tree.withAncestors(id)).toEqual(expected);
  });

  it.each([
    ['a top-level place', 'city', 'city'],
    ['a grandchild', 'lab', 'city'],
    ['a venue', 'hall', 'far'],
  ])('rootOf %s', (_name, id, expected) => {
    expect(tree.rootOf(id)).toBe(expected);
  });

  it.each([
    ['a city, at every depth', 'city', ['city', 'lab', 'park', 'zone']],
    ['a park', 'park', ['lab', 'park']],
    ['a place with nothing inside', 'town', ['town']],
    ['an unknown place', 'atlantis', ['atlantis']],
  ])('withDescendants of %s', (_name, id, expected) => {
    expect(sorted(tree.withDescendants(id))).toEqual(expected);
  });

  it.each([
    ['a city: ends and venues at any depth inside it', 'city', ['lab-far', 'city-town', 'far-town-at-lab']],
    ['a park: a grandchild’s link and venue', 'park', ['lab-far', 'far-town-at-lab']],
    ['a place by its venue alone', 'hall', ['town-far-at-hall']],
    ['a place by its own ends and its venue’s', 'far', ['lab-far', 'town-far-at-hall', 'far-town-at-lab']],
    ['a place nothing touches', 'zone', []],
    ['an unknown place', 'atlantis', []],
  ])('linksTouching %s, in the links’ order', (_name, id, expected) => {
    expect(tree.linksTouching(id).map((l) => l.id)).toEqual(expected);
  });

  it('is built once per pair of arrays', () => {
    expect(placeTree(PLACES, LINKS)).toBe(tree);
    expect(placeTree(PLACES, [...LINKS])).not.toBe(tree);
    expect(placeTree(PLACES)).toBe(placeTree(PLACES));
  });

  it('stops at a cycle in unchecked data', () => {
    const loop = placeTree([
      { id: 'a', parent: 'b' },
      { id: 'b', parent: 'a' },
    ]);
    expect(loop.withAncestors('a')).toEqual(['a', 'b']);
    expect(sorted(loop.withDescendants('a'))).toEqual(['a', 'b']);
  });
});

describe('placeTreeOfFeatures', () => {
  const places = { features: PLACES.map((properties) => ({ properties })) };
  const links = { features: LINKS.map((properties) => ({ properties })) };

  it('means what the tree of the records means', () => {
    const fromFeatures = placeTreeOfFeatures(places, links);
    for (const { id } of PLACES) {
      expect(fromFeatures.withAncestors(id)).toEqual(tree.withAncestors(id));
      expect(fromFeatures.linksTouching(id)).toEqual(tree.linksTouching(id));
    }
  });

  it('is built once per pair of collections', () => {
    expect(placeTreeOfFeatures(places, links)).toBe(placeTreeOfFeatures(places, links));
  });
});
