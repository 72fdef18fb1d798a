import { describe, expect, it } from 'vitest';
import type { Dataset } from './load';
import { findOrganizations, organizationRoles, seatPoint } from './organizations';
import type { Link, Organization, OrganizationSeat, Place } from './schema';

const note = { en: 'n', zh: 'n' };
const place: Place = {
  id: 'city',
  name: { en: 'City', zh: '城' },
  kind: 'city',
  featured: true,
  parent: null,
  coordinates: { lon: 120, lat: 30, note, status: 'found_secondary', source: 's' },
  description: note,
};
const organization = (
  id: string,
  kind: Organization['kind'],
  seat: OrganizationSeat | null,
): Organization => ({
  id,
  name: { en: id, zh: id },
  kind,
  seat,
  parent: null,
  description: note,
  sources: ['s'],
});
const link = (id: string, actors: Link['actors']): Link => ({
  id,
  from: 'city',
  to: 'city',
  mutual: true,
  venue: null,
  kind: 'technology_transfer',
  date: '2021-10-26',
  dateStatus: 'found',
  title: note,
  summary: note,
  terms: [],
  sources: ['s'],
  actors,
  status: { value: 'unknown', date: null, dateStatus: null, source: null },
  events: [],
});
const dataset = {
  places: [place],
  organizations: [
    organization('gov', 'government', { place: 'city', status: 'seed', source: 's', note }),
    organization('corridor', 'corridor', null),
  ],
  links: [
    link('a', [{ organization: 'gov', role: 'signed', source: 's' }]),
    link('b', [
      { organization: 'corridor', role: 'platform', source: 's' },
      { organization: 'gov', role: 'hosts', source: 's' },
    ]),
  ],
} as unknown as Dataset;

describe('seatPoint', () => {
  it.each<[string, OrganizationSeat | null, ReturnType<typeof seatPoint>]>([
    [
      'a seat in a place, at the place’s point and with its status',
      { place: 'city', status: 'seed', source: 's', note },
      { lon: 120, lat: 30, status: 'found_secondary' },
    ],
    [
      'a seat with its own coordinates',
      { lon: 1, lat: 2, status: 'inferred', source: 's', note },
      { lon: 1, lat: 2, status: 'inferred' },
    ],
    ['no seat', null, null],
    ['a seat in a place the data lacks', { place: 'nowhere', status: 'seed', source: 's', note }, null],
  ])('draws %s', (_name, seat, expected) => {
    expect(seatPoint(dataset, seat)).toEqual(expected);
  });
});

describe('organizationRoles', () => {
  it.each([
    [
      'gov',
      [
        { link: 'a', role: 'signed' },
        { link: 'b', role: 'hosts' },
      ],
    ],
    ['corridor', [{ link: 'b', role: 'platform' }]],
    ['nobody', []],
  ])('lists the roles of %s', (id, expected) => {
    expect(organizationRoles(dataset, id)).toEqual(expected);
  });
});

describe('findOrganizations', () => {
  it.each<[string, Organization['kind'][] | undefined, string[]]>([
    ['all without a filter', undefined, ['gov', 'corridor']],
    ['only the kinds asked for', ['corridor'], ['corridor']],
    ['none of a kind nobody is', ['association'], []],
  ])('finds %s', (_name, kind, expected) => {
    expect(findOrganizations(dataset, kind ? { kind } : {}).map((o) => o.id)).toEqual(expected);
  });
});
