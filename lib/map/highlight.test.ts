import { describe, expect, it } from 'vitest';
import { FIXTURE_LINK_ARCS as links, FIXTURE_PLACES as places } from '@/lib/test-fixtures/features';
import { placesInFocus, relatedTo } from './highlight';

const sorted = (set: Set<string>) => [...set].sort();

describe('relatedTo', () => {
  it.each([
    [
      'a link keeps its places and venue',
      { type: 'link', id: 'park-link' },
      ['boston', 'massachusetts-state-house', 'zhangjiang'],
      ['park-link'],
    ],
    [
      'a city keeps the places inside it at any depth, the links touching them and their far ends',
      { type: 'place', id: 'shanghai' },
      ['lingang', 'boston', 'shanghai', 'shaoxing', 'suzhou', 'zhangjiang', 'zhangjiang-lab'].sort(),
      ['agreement-link', 'cluster-link', 'lab-link', 'park-link'],
    ],
    [
      'Boston keeps the State House, the park link and Zhangjiang',
      { type: 'place', id: 'boston' },
      ['boston', 'massachusetts-state-house', 'zhangjiang'],
      ['park-link'],
    ],
    [
      'Suzhou keeps its park and the agreement',
      { type: 'place', id: 'suzhou' },
      ['shanghai', 'suzhou', 'suzhou-industrial-park'],
      ['agreement-link'],
    ],
    ['an unknown link keeps nothing', { type: 'link', id: 'nope' }, [], []],
  ] as const)('%s', (_name, focus, placeIds, linkIds) => {
    const related = relatedTo(focus, places, links);
    expect(sorted(related.places)).toEqual(placeIds);
    expect(sorted(related.links)).toEqual(linkIds);
  });
});

describe('placesInFocus', () => {
  it.each([
    ['nothing', null, []],
    ['a featured place', { type: 'place', id: 'boston' }, ['boston']],
    ['a site, with the place above it', { type: 'place', id: 'zhangjiang' }, ['shanghai', 'zhangjiang']],
    [
      'a site two levels down, with both places above it',
      { type: 'place', id: 'zhangjiang-lab' },
      ['shanghai', 'zhangjiang', 'zhangjiang-lab'],
    ],
    [
      'a link, with both ends and what is above them',
      { type: 'link', id: 'park-link' },
      ['boston', 'shanghai', 'zhangjiang'],
    ],
  ] as const)('%s', (_name, focus, expected) => {
    expect(sorted(placesInFocus(focus, places, links))).toEqual(expected);
  });
});
