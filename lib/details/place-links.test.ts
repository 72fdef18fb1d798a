import { describe, expect, it } from 'vitest';
import { linksAtPlace } from './place-links';

const LINKS = [
  { id: 'a-to-b', from: 'a', to: 'b', venue: null },
  { id: 'b-to-c-at-d', from: 'b', to: 'c', venue: 'd' },
  { id: 'c-to-a-at-a', from: 'c', to: 'a', venue: 'a' },
  { id: 'site-of-a-to-c', from: 'a-site', to: 'c', venue: null },
];

describe('linksAtPlace', () => {
  const cases: [string, string, string[]][] = [
    ['a place lists the links from and to it, each once', 'a', ['a-to-b', 'c-to-a-at-a']],
    ['a place in the middle lists both sides', 'b', ['a-to-b', 'b-to-c-at-d']],
    ['a venue lists the links held there', 'd', ['b-to-c-at-d']],
    ['a site lists its own links, not its parent’s', 'a-site', ['site-of-a-to-c']],
    ['a place without links lists none', 'e', []],
  ];
  it.each(cases)('%s', (_, place, ids) => {
    expect(linksAtPlace(LINKS, place).map((l) => l.id)).toEqual(ids);
  });
});
