import { describe, expect, it } from 'vitest';
import { linkSourceIds, organizationSourceIds, placeSourceIds } from './sources';

const coordinates = { lon: 0, lat: 0, note: { en: 'x', zh: 'x' }, status: 'found', source: 'atlas' } as const;
const seat = { place: 'a', status: 'seed', source: 'seat-doc', note: { en: 'x', zh: 'x' } } as const;

describe('entity sources', () => {
  it.each<[string, string[], string[]]>([
    [
      'a place: its marker first, figures after, each once',
      placeSourceIds({ coordinates }, [{ source: 'stats' }, { source: 'atlas' }, { source: 'stats' }]),
      ['atlas', 'stats'],
    ],
    ['a place without figures: its marker', placeSourceIds({ coordinates }, []), ['atlas']],
    [
      'an organization: its own, then its seat’s',
      organizationSourceIds({ sources: ['doc'], seat }),
      ['doc', 'seat-doc'],
    ],
    [
      'an organization without a seat',
      organizationSourceIds({ sources: ['doc', 'doc'], seat: null }),
      ['doc'],
    ],
    [
      'a link: itself, terms, actors, events, status',
      linkSourceIds({
        sources: ['doc'],
        terms: [{ source: 'terms' }],
        actors: [{ source: 'doc' }],
        events: [{ source: 'event' }],
        status: { source: 'status' },
      }),
      ['doc', 'terms', 'event', 'status'],
    ],
  ])('%s', (_, ids, expected) => {
    expect(ids).toEqual(expected);
  });
});
