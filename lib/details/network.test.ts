import { describe, expect, it } from 'vitest';
import { evidenceSources, organizationsAt, type SourceKind } from './network';

const KINDS: Record<string, SourceKind> = {
  doc: 'seed_document',
  gov: 'official',
  paper: 'news',
  wiki: 'secondary',
  ref: 'reference',
};
const kindOf = (id: string) => KINDS[id];
const bare = {
  sources: [] as string[],
  terms: [],
  actors: [],
  events: [],
  status: { source: null },
} as const;

describe('evidenceSources', () => {
  it.each<[string, Parameters<typeof evidenceSources>[0], Partial<Record<SourceKind, string[]>>]>([
    ['a link citing nothing has no evidence', bare, {}],
    [
      'sources are sorted by kind',
      { ...bare, sources: ['gov', 'doc', 'wiki'] },
      { official: ['gov'], seed_document: ['doc'], secondary: ['wiki'] },
    ],
    [
      'a source cited by the link and its actor counts once',
      {
        ...bare,
        sources: ['doc'],
        actors: [{ source: 'doc' }],
      },
      { seed_document: ['doc'] },
    ],
    [
      'events and status bring their own sources',
      {
        ...bare,
        events: [{ source: 'paper' }],
        status: { source: 'ref' },
      },
      { news: ['paper'], reference: ['ref'] },
    ],
    ['an unknown source is left out', { ...bare, sources: ['nowhere', 'gov'] }, { official: ['gov'] }],
  ])('%s', (_, link, expected) => {
    expect(evidenceSources(link, kindOf)).toEqual({
      seed_document: [],
      official: [],
      news: [],
      secondary: [],
      reference: [],
      ...expected,
    });
  });
});

describe('organizationsAt', () => {
  const ORGS = [
    { id: 'city-hall', seat: { place: 'a' } },
    { id: 'park-office', seat: { place: 'a-park' } },
    { id: 'own-point', seat: { lon: 1, lat: 2 } },
    { id: 'nowhere', seat: null },
  ];
  it.each<[string, string, string[]]>([
    ['a place lists the organizations seated there', 'a', ['city-hall']],
    ['not those of a site inside it', 'a-park', ['park-office']],
    ['a place with none lists none', 'b', []],
  ])('%s', (_, place, ids) => {
    expect(organizationsAt(ORGS, place).map((o) => o.id)).toEqual(ids);
  });
});
