import { describe, expect, it } from 'vitest';
import type { Selection } from '@/lib/domain';
import { FIXTURE_LINK_INDEX as links, FIXTURE_PLACES as places } from '@/lib/test-fixtures/features';
import { type FeatureState, featureStates, stateChanges } from './feature-states';

const BOSTON_LINK: Selection = { type: 'link', id: 'park-link' };
const SUZHOU: Selection = { type: 'place', id: 'suzhou' };
const states = (hovered: Selection | null, selected: Selection | null) =>
  featureStates(hovered, selected, places, links);
const on = (map: Map<string, FeatureState>, flag: keyof FeatureState) =>
  [...map].filter(([, state]) => state[flag]).map(([key]) => key);

describe('featureStates', () => {
  it('is empty with nothing hovered or selected, so a first draw sets no state', () => {
    expect(states(null, null).size).toBe(0);
  });

  it('marks only the hovered feature on hover, dimming nothing', () => {
    const hovered = states(BOSTON_LINK, null);
    expect([...hovered.keys()]).toEqual(['link:park-link']);
    expect(on(hovered, 'dimmed')).toEqual([]);
  });

  it.each([
    [
      'a link dims the other links and the places off it',
      BOSTON_LINK,
      ['link:agreement-link', 'link:cluster-link', 'link:lab-link'],
      ['place:boston', 'place:massachusetts-state-house', 'place:zhangjiang'],
    ],
    [
      'a place dims what does not touch it or the places inside it',
      SUZHOU,
      ['link:cluster-link', 'link:lab-link', 'link:park-link'],
      ['place:shanghai', 'place:suzhou', 'place:suzhou-industrial-park'],
    ],
  ])('on selection, %s', (_, selected, dimmedLinks, brightPlaces) => {
    const selectedStates = states(null, selected);
    const dimmed = on(selectedStates, 'dimmed');
    expect(dimmed.filter((key) => key.startsWith('link:')).sort()).toEqual(dimmedLinks);
    const allPlaces = places.features.map((f) => `place:${f.id}`);
    expect(allPlaces.filter((key) => !dimmed.includes(key)).sort()).toEqual(brightPlaces);
    expect(on(selectedStates, 'selected')).toEqual([`${selected.type}:${selected.id}`]);
  });

  it('keeps a hover on top of a selection', () => {
    const both = states(SUZHOU, BOSTON_LINK);
    expect(both.get('place:suzhou')).toEqual({ hover: true, selected: false, dimmed: true });
  });
});

describe('stateChanges', () => {
  const plain = { hover: false, selected: false, dimmed: false };
  const hover = { ...plain, hover: true };
  const dim = { ...plain, dimmed: true };
  it.each([
    ['nothing to nothing', [], [], []],
    ['a first hover', [], [['link:a', hover]], [['link', 'a', hover]]],
    ['an unchanged hover', [['link:a', hover]], [['link:a', hover]], []],
    [
      'the hover moves on',
      [['link:a', hover]],
      [['place:b', hover]],
      [
        ['place', 'b', hover],
        ['link', 'a', plain],
      ],
    ],
    [
      'a hovered, dimmed feature loses its hover',
      [['link:a', { ...dim, hover: true }]],
      [['link:a', dim]],
      [['link', 'a', dim]],
    ],
    ['an id with a colon in it', [], [['place:x:y', dim]], [['place', 'x:y', dim]]],
  ] as const)('%s', (_, previous, next, expected) => {
    const changes = stateChanges(new Map(previous), new Map(next));
    expect(changes.map(({ feature, state }) => [feature.kind, feature.id, state])).toEqual(expected);
  });
});
