import { describe, expect, it } from 'vitest';
import { checkView, type KnownIds } from './check';
import { DEFAULT_VIEW, type ViewState } from './parsers';

const known: KnownIds = {
  places: new Set(['harbour', 'old-town']),
  links: new Set(['harbour-old-town-ferry']),
};

describe('checkView', () => {
  it.each<[string, Partial<ViewState>, KnownIds, Partial<ViewState>, string[]]>([
    ['the default view', {}, known, {}, []],
    [
      'a known place',
      { selection: { type: 'place', id: 'harbour' } },
      known,
      { selection: { type: 'place', id: 'harbour' } },
      [],
    ],
    [
      'a known link',
      { selection: { type: 'link', id: 'harbour-old-town-ferry' } },
      known,
      { selection: { type: 'link', id: 'harbour-old-town-ferry' } },
      [],
    ],
    [
      'an unknown place',
      { selection: { type: 'place', id: 'atlantis' } },
      known,
      { selection: null },
      ['sel:unknown_place'],
    ],
    [
      'an unknown link',
      { selection: { type: 'link', id: 'atlantis' } },
      known,
      { selection: null },
      ['sel:unknown_link'],
    ],
    [
      'a link id used as a place',
      { selection: { type: 'place', id: 'harbour-old-town-ferry' } },
      known,
      { selection: null },
      ['sel:unknown_place'],
    ],
    [
      'ids not known yet',
      { selection: { type: 'place', id: 'atlantis' } },
      null,
      { selection: { type: 'place', id: 'atlantis' } },
      [],
    ],
    ['a centre without a zoom', { center: [121, 31] }, known, { center: null, zoom: null }, ['c:needs_both']],
    ['a zoom without a centre', { zoom: 4 }, known, { center: null, zoom: null }, ['z:needs_both']],
    ['a whole viewport', { center: [121, 31], zoom: 4 }, known, { center: [121, 31], zoom: 4 }, []],
    [
      'both faults at once',
      { zoom: 4, selection: { type: 'link', id: 'nowhere' } },
      known,
      { center: null, zoom: null, selection: null },
      ['z:needs_both', 'sel:unknown_link'],
    ],
  ])('%s', (_name, given, ids, expected, ignored) => {
    const result = checkView({ ...DEFAULT_VIEW, ...given }, ids);
    expect(result.view).toEqual({ ...DEFAULT_VIEW, ...given, ...expected });
    expect(result.ignored.map((i) => `${i.key}:${i.reason}`)).toEqual(ignored);
  });

  it('hands back the same object when nothing is wrong, so a memo downstream keeps', () => {
    const view = { ...DEFAULT_VIEW, selection: { type: 'place' as const, id: 'harbour' } };
    expect(checkView(view, known).view).toBe(view);
  });
});
